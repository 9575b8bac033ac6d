using BpjsTk.Data.Coverage;
using BpjsTk.Data.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// Sets a target: one row per office or area, period, category, measure and source (its natural key, unique), replaced when
/// set again. Inserted or locked by that key in one statement, so concurrent calls leave one row and the last value.
/// </summary>
internal static class TargetWrites
{
    public const string Entity = "Target";

    public static async Task<object> SetAsync(IngestionWrite<SetTargetInput> write, CancellationToken ct)
    {
        var period = ReportedPeriod.Parse(write.Input.Period);
        var input = write.Input with { Period = period.ToString() };
        write = write with { Input = input };
        var db = write.Db;
        var area = await AreaIds.ResolveAsync(db, input.OfficeCode, input.RegionCode, input.ProvinceCode, input.RegencyCode, ct).ConfigureAwait(false);
        var sourceId = await db.Sources.Where(s => s.Code == input.SourceCode).Select(s => s.Id).SingleAsync(ct).ConfigureAwait(false);
        var target = new Target
        {
            OfficeId = area.OfficeId,
            RegionId = area.RegionId,
            ProvinceId = area.ProvinceId,
            RegencyId = area.RegencyId,
            Period = period.Month,
            PeriodPrecision = period.Precision,
            Category = input.Category,
            Measure = input.Measure,
            Figure = input.Figure,
            SourceId = sourceId,
        };
        target.NaturalKey = TargetKey.Of(target);
        var (stored, inserted) = await write.InsertOrLockAsync(target, nameof(Target.NaturalKey), target.NaturalKey, ct).ConfigureAwait(false);
        var before = inserted ? null : input with { Figure = stored.Figure };
        stored.PeriodPrecision = period.Precision;
        stored.Figure = input.Figure;
        await write.SaveAsync(Entity, Key(input), before, ct).ConfigureAwait(false);
        return input;
    }

    /// <summary>The natural key as text, for the change history.</summary>
    private static string Key(SetTargetInput t) => string.Join('|', t.Period, t.OfficeCode, t.RegionCode, t.ProvinceCode, t.RegencyCode, t.Category, t.Measure, t.SourceCode);
}
