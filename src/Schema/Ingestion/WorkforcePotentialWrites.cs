using BpjsTk.Data.Coverage;
using BpjsTk.Data.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// Sets a potential: one row per area, period, category, unit and source (its natural key, unique), replaced when set again.
/// Inserted or locked by that key in one statement, so concurrent calls leave one row and the last value.
/// </summary>
internal static class WorkforcePotentialWrites
{
    public const string Entity = "WorkforcePotential";

    public static async Task<object> SetAsync(IngestionWrite<SetWorkforcePotentialInput> write, CancellationToken ct)
    {
        var period = ReportedPeriod.Parse(write.Input.Period);
        var input = write.Input with { Period = period.ToString() };
        write = write with { Input = input };
        var db = write.Db;
        var area = await AreaIds.ResolveAsync(db, null, input.RegionCode, input.ProvinceCode, input.RegencyCode, ct).ConfigureAwait(false);
        var sourceId = await db.Sources.Where(s => s.Code == input.SourceCode).Select(s => s.Id).SingleAsync(ct).ConfigureAwait(false);
        var potential = new WorkforcePotential
        {
            RegionId = area.RegionId,
            ProvinceId = area.ProvinceId,
            RegencyId = area.RegencyId,
            Period = period.Month,
            PeriodPrecision = period.Precision,
            Category = input.Category,
            Unit = input.Unit,
            Count = input.Count,
            IsApproximate = input.IsApproximate,
            SourceId = sourceId,
        };
        potential.NaturalKey = WorkforcePotentialKey.Of(potential);
        var (stored, inserted) = await write.InsertOrLockAsync(potential, nameof(WorkforcePotential.NaturalKey), potential.NaturalKey, ct).ConfigureAwait(false);
        var before = inserted ? null : input with { Count = stored.Count, IsApproximate = stored.IsApproximate };
        stored.PeriodPrecision = period.Precision;
        stored.Count = input.Count;
        stored.IsApproximate = input.IsApproximate;
        await write.SaveAsync(Entity, Key(input), before, ct).ConfigureAwait(false);
        return input;
    }

    /// <summary>The natural key as text, for the change history.</summary>
    private static string Key(SetWorkforcePotentialInput t) => string.Join('|', t.Period, t.RegionCode, t.ProvinceCode, t.RegencyCode, t.Category, t.Unit, t.SourceCode);
}
