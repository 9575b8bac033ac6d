using System.Globalization;
using BpjsTk.Data;
using BpjsTk.Data.Employers;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Tests.Employers;

/// <summary>The sample data with 36 more employers at KC Jember and KCP Lumajang, with ties on every field a client sorts by.</summary>
public sealed class EmployerSample(PostgresCluster cluster) : SampleSchema(cluster)
{
    public const string NppPrefix = "9911";

    private static readonly DateOnly[] RegistrationDays = [new(2014, 1, 1), new(2019, 6, 1), new(2024, 12, 31)];

    protected override async Task AddDataAsync(BpjsTkDbContext db, CancellationToken cancellationToken)
    {
        var offices = await db.Offices.Where(o => o.Code == "KC-JEMBER" || o.Code == "KCP-LUMAJANG").OrderBy(o => o.Code).ToListAsync(cancellationToken);
        for (var i = 0; i < 36; i++)
        {
            var office = offices[i % offices.Count];
            db.Employers.Add(new Employer
            {
                Npp = string.Create(CultureInfo.InvariantCulture, $"{NppPrefix}{i:D4}"),
                Nib = i % 4 == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"99110000{i:D5}"),
                Name = string.Create(CultureInfo.InvariantCulture, $"PT Contoh {i % 7}"),
                RegencyId = office.RegencyId,
                OfficeId = office.Id,
                Industry = i % 2 == 0 ? "C Industri Pengolahan" : "G Perdagangan",
                SizeClass = (EmployerSizeClass)(i % 4),
                JkkRiskClass = 1 + (i % 5),
                Status = (EmployerStatus)(i % 3),
                RegisteredOn = RegistrationDays[i % RegistrationDays.Length],
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
