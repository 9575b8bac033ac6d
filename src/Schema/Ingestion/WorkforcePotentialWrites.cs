using BpjsTk.Data.Coverage;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>Sets a potential: one row per area, period, category, unit and source, replaced when set again.</summary>
internal static class WorkforcePotentialWrites
{
    public const string Entity = "WorkforcePotential";

    public static async Task<object> SetAsync(IngestionWrite<SetWorkforcePotentialInput> write, CancellationToken ct)
    {
        var (db, input, _, _, _) = write;
        input = input with { Period = ReportedPeriod.Parse(input.Period).ToString() };
        write = write with { Input = input };
        var area = await AreaIds.ResolveAsync(db, null, input.RegionCode, input.ProvinceCode, input.RegencyCode, ct).ConfigureAwait(false);
        var sourceId = await db.Sources.Where(s => s.Code == input.SourceCode).Select(s => s.Id).SingleAsync(ct).ConfigureAwait(false);
        var period = ReportedPeriod.Parse(input.Period);
        var potential = await db.WorkforcePotentials.SingleOrDefaultAsync(
            w => w.RegionId == area.RegionId && w.ProvinceId == area.ProvinceId && w.RegencyId == area.RegencyId
                && w.Period == period.Month && w.Category == input.Category && w.Unit == input.Unit && w.SourceId == sourceId,
            ct).ConfigureAwait(false);
        var before = potential is null ? null : input with { Count = potential.Count, IsApproximate = potential.IsApproximate };
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
        await write.SaveAsync(Entity, Key(input), before, ct).ConfigureAwait(false);
        return input;
    }

    /// <summary>The natural key as text, for the change history.</summary>
    private static string Key(SetWorkforcePotentialInput t) => string.Join('|', t.Period, t.RegionCode, t.ProvinceCode, t.RegencyCode, t.Category, t.Unit, t.SourceCode);
}
