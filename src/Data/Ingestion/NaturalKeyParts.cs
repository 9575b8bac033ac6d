using System.Globalization;

namespace BpjsTk.Data.Ingestion;

/// <summary>How the natural key texts write a part: an id in invariant digits, empty when null.</summary>
internal static class NaturalKeyParts
{
    public const int MaxLength = 200;

    public static string Id(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
