using BpjsTk.Data.Employers;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>Adds an employer by NPP, or replaces the details of the one with that NPP; the change is recorded under the NPP.</summary>
internal static class EmployerWrites
{
    public const string Entity = "Employer";

    public static async Task<object> UpsertAsync(IngestionWrite<UpsertEmployerInput> write, CancellationToken ct)
    {
        var (db, input, _, _, _) = write;
        var regencyId = await db.Regencies.Where(r => r.Code == input.RegencyCode).Select(r => r.Id).SingleAsync(ct).ConfigureAwait(false);
        var officeId = await db.Offices.Where(o => o.Code == input.OfficeCode).Select(o => o.Id).SingleAsync(ct).ConfigureAwait(false);
        var before = await db.Employers.Where(e => e.Npp == input.Npp)
            .Select(e => new UpsertEmployerInput
            {
                Npp = e.Npp,
                Nib = e.Nib,
                Name = e.Name,
                RegencyCode = e.Regency!.Code,
                OfficeCode = e.Office!.Code,
                Industry = e.Industry,
                SizeClass = e.SizeClass,
                JkkRiskClass = e.JkkRiskClass,
                Status = e.Status,
                RegisteredOn = e.RegisteredOn,
            })
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var employer = await db.Employers.SingleOrDefaultAsync(e => e.Npp == input.Npp, ct).ConfigureAwait(false);
        if (employer is null)
        {
            employer = new Employer { Npp = input.Npp, Name = input.Name, Industry = input.Industry };
            db.Employers.Add(employer);
        }

        employer.Nib = input.Nib;
        employer.Name = input.Name;
        employer.RegencyId = regencyId;
        employer.OfficeId = officeId;
        employer.Industry = input.Industry;
        employer.SizeClass = input.SizeClass;
        employer.JkkRiskClass = input.JkkRiskClass;
        employer.Status = input.Status;
        employer.RegisteredOn = input.RegisteredOn;
        await write.SaveAsync(Entity, input.Npp, before, ct).ConfigureAwait(false);
        return employer;
    }
}
