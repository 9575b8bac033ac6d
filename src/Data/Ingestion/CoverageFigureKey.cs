using System.Globalization;
using BpjsTk.Data.Coverage;
using BpjsTk.Data.Storage;

namespace BpjsTk.Data.Ingestion;

/// <summary>
/// A figure's natural key as one text: <c>period|category|office|region|province|regency|occupation|program|partnerProgram|source</c>,
/// the period as yyyymm, the others as ids or enum names, empty where null. The migration that added the column wrote the same text in SQL.
/// </summary>
public static class CoverageFigureKey
{
    public const int MaxLength = NaturalKeyParts.MaxLength;

    public static string Of(CoverageFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return string.Join(
            '|',
            figure.Period.ToYyyymm().ToString(CultureInfo.InvariantCulture),
            figure.Category is { } category ? EnumNames.Of(category) : string.Empty,
            NaturalKeyParts.Id(figure.OfficeId),
            NaturalKeyParts.Id(figure.RegionId),
            NaturalKeyParts.Id(figure.ProvinceId),
            NaturalKeyParts.Id(figure.RegencyId),
            NaturalKeyParts.Id(figure.OccupationId),
            figure.Program is { } program ? EnumNames.Of(program) : string.Empty,
            NaturalKeyParts.Id(figure.PartnerProgramId),
            figure.SourceId.ToString(CultureInfo.InvariantCulture));
    }
}
