using System.Globalization;
using BpjsTk.Data.Coverage;
using BpjsTk.Data.Storage;

namespace BpjsTk.Data.Ingestion;

/// <summary>
/// A target's natural key as one text: <c>period|category|office|region|province|regency|measure|source</c>, the period as
/// yyyymm, the others as ids or enum names, empty where null. The migration that added the column wrote the same text in SQL.
/// </summary>
public static class TargetKey
{
    public const int MaxLength = NaturalKeyParts.MaxLength;

    public static string Of(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return string.Join(
            '|',
            target.Period.ToYyyymm().ToString(CultureInfo.InvariantCulture),
            target.Category is { } category ? EnumNames.Of(category) : string.Empty,
            NaturalKeyParts.Id(target.OfficeId),
            NaturalKeyParts.Id(target.RegionId),
            NaturalKeyParts.Id(target.ProvinceId),
            NaturalKeyParts.Id(target.RegencyId),
            EnumNames.Of(target.Measure),
            target.SourceId.ToString(CultureInfo.InvariantCulture));
    }
}
