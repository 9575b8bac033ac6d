using BpjsTk.Data.Coverage;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>Sets a potential: one row per area, period, category, unit and source, replaced when set again.</summary>
internal static class WorkforcePotentialWrites
{
    public static async Task<object> SetAsync(IngestionWrite<SetWorkforcePotentialInput> write, CancellationToken ct)
    {
        var (db, input, _, _) = write;
        var area = await AreaIds.ResolveAsync(db, null, input.RegionCode, input.ProvinceCode, input.RegencyCode, ct).ConfigureAwait(false);
        var sourceId = await db.Sources.Where(s => s.Code == input.SourceCode).Select(s => s.Id).SingleAsync(ct).ConfigureAwait(false);
        var period = ReportedPeriod.Parse(input.Period);
        var potential = await db.WorkforcePotentials.SingleOrDefaultAsync(
            w => w.RegionId == area.RegionId && w.ProvinceId == area.ProvinceId && w.RegencyId == area.RegencyId
                && w.Period == period.Month && w.Category == input.Category && w.Unit == input.Unit && w.SourceId == sourceId,
            ct).ConfigureAwait(false);
        if (potential is null)
        {
            potential = new WorkforcePotential
            {
                RegionId = area.RegionId,
                ProvinceId = area.ProvinceId,
                RegencyId = area.RegencyId,
                Period = period.Month,
                Category = input.Category,
                Unit = input.Unit,
                SourceId = sourceId,
            };
            db.WorkforcePotentials.Add(potential);
        }

        potential.PeriodPrecision = period.Precision;
        potential.Count = input.Count;
        potential.IsApproximate = input.IsApproximate;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return input with { Period = period.ToString() };
    }
}
