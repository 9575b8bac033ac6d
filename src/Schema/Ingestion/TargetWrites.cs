using BpjsTk.Data.Coverage;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>Sets a target: one row per office or area, period, category, measure and source, replaced when set again.</summary>
internal static class TargetWrites
{
    public const string Entity = "Target";

    public static async Task<object> SetAsync(IngestionWrite<SetTargetInput> write, CancellationToken ct)
    {
        var (db, input, _, _, _) = write;
        input = input with { Period = ReportedPeriod.Parse(input.Period).ToString() };
        write = write with { Input = input };
        var area = await AreaIds.ResolveAsync(db, input.OfficeCode, input.RegionCode, input.ProvinceCode, input.RegencyCode, ct).ConfigureAwait(false);
        var sourceId = await db.Sources.Where(s => s.Code == input.SourceCode).Select(s => s.Id).SingleAsync(ct).ConfigureAwait(false);
        var period = ReportedPeriod.Parse(input.Period);
        var target = await db.Targets.SingleOrDefaultAsync(
            t => t.OfficeId == area.OfficeId && t.RegionId == area.RegionId && t.ProvinceId == area.ProvinceId && t.RegencyId == area.RegencyId
                && t.Period == period.Month && t.Category == input.Category && t.Measure == input.Measure && t.SourceId == sourceId,
            ct).ConfigureAwait(false);
        var before = target is null ? null : input with { Figure = target.Figure };
        if (target is null)
        {
            target = new Target
            {
                OfficeId = area.OfficeId,
                RegionId = area.RegionId,
                ProvinceId = area.ProvinceId,
                RegencyId = area.RegencyId,
                Period = period.Month,
                Category = input.Category,
                Measure = input.Measure,
                SourceId = sourceId,
            };
            db.Targets.Add(target);
        }

        target.PeriodPrecision = period.Precision;
        target.Figure = input.Figure;
        await write.SaveAsync(Entity, Key(input), before, ct).ConfigureAwait(false);
        return input;
    }

    /// <summary>The natural key as text, for the change history.</summary>
    private static string Key(SetTargetInput t) => string.Join('|', t.Period, t.OfficeCode, t.RegionCode, t.ProvinceCode, t.RegencyCode, t.Category, t.Measure, t.SourceCode);
}
