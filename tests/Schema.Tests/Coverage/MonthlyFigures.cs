using BpjsTk.Data;
using BpjsTk.Data.Coverage;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Provenance;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Tests.Coverage;

/// <summary>
/// The sample data plus a year (2019) of monthly figures for Kantor Cabang Samarinda, as the synthetic generator writes
/// them: BPU grows from 1,100 active participants in January by 100 a month (100 new each month, Rp16,800 each), and
/// PU holds 5,000 + 10 a month with 20 active employers but stops reporting after September.
/// </summary>
public sealed class MonthlyFigures(PostgresCluster cluster) : SampleSchema(cluster)
{
    public const string BranchCode = "KC-SAMARINDA";

    protected override async Task AddDataAsync(BpjsTkDbContext db, CancellationToken cancellationToken)
    {
        var office = await db.Offices.Where(o => o.Code == BranchCode).Select(o => o.Id).SingleAsync(cancellationToken);
        var source = new Source { Code = "MONTHLY-2019", Kind = SourceKind.OfficialStatistics, Publisher = "BPJS Ketenagakerjaan", Title = "Monthly figures 2019", PublishedYear = 2020 };
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        for (var month = 1; month <= 12; month++)
        {
            db.CoverageFigures.Add(new CoverageFigure
            {
                OfficeId = office, Period = new Month(2019, month), PeriodPrecision = PeriodPrecision.Month, Category = ParticipantCategoryCode.BPU,
                ActiveParticipants = 1_000 + (100 * month), NewParticipants = 100, Contributions = (1_000 + (100 * month)) * 16_800m, SourceId = source.Id,
            });
            if (month <= 9)
            {
                db.CoverageFigures.Add(new CoverageFigure
                {
                    OfficeId = office, Period = new Month(2019, month), PeriodPrecision = PeriodPrecision.Month, Category = ParticipantCategoryCode.PU,
                    ActiveParticipants = 5_000 + (10 * month), NewParticipants = 10, ActiveEmployers = 20, SourceId = source.Id,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
