using System.Globalization;
using BpjsTk.Data.Coverage;
using BpjsTk.Data.Storage;

namespace BpjsTk.Data.Ingestion;

/// <summary>
/// A potential's natural key as one text: <c>period|category|region|province|regency|unit|source</c>, the period as yyyymm,
/// the others as ids or enum names, empty where null. The migration that added the column wrote the same text in SQL.
/// </summary>
public static class WorkforcePotentialKey
{
    public const int MaxLength = NaturalKeyParts.MaxLength;

    public static string Of(WorkforcePotential potential)
    {
        ArgumentNullException.ThrowIfNull(potential);
        return string.Join(
            '|',
            potential.Period.ToYyyymm().ToString(CultureInfo.InvariantCulture),
            potential.Category is { } category ? EnumNames.Of(category) : string.Empty,
            NaturalKeyParts.Id(potential.RegionId),
            NaturalKeyParts.Id(potential.ProvinceId),
            NaturalKeyParts.Id(potential.RegencyId),
            EnumNames.Of(potential.Unit),
            potential.SourceId.ToString(CultureInfo.InvariantCulture));
    }
}
