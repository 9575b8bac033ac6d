using System.Collections.Frozen;
using BpjsTk.Data.Reference;

namespace BpjsTk.Schema.Membership;

/// <summary>
/// The regency codes a NIK may start with: today's Kemendagri codes, and the codes Papua's regencies had before
/// the 2022 split into new provinces (NIKs issued before then keep them).
/// </summary>
internal static class NikRegencies
{
    private static readonly FrozenSet<string> Current =
        ReferenceGeography.Regencies.Select(r => r.Code.Replace(".", "", StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal);

    // Papua Selatan (93), Papua Tengah (94), Papua Pegunungan (95) from Papua (91); Papua Barat Daya (96) from Papua Barat (92).
    private static readonly FrozenDictionary<string, string> Former = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["9101"] = "9301", ["9116"] = "9302", ["9117"] = "9303", ["9118"] = "9304",
        ["9104"] = "9401", ["9107"] = "9402", ["9108"] = "9403", ["9109"] = "9404",
        ["9125"] = "9405", ["9126"] = "9406", ["9127"] = "9407", ["9128"] = "9408",
        ["9102"] = "9501", ["9112"] = "9502", ["9113"] = "9503", ["9114"] = "9504",
        ["9121"] = "9505", ["9122"] = "9506", ["9123"] = "9507", ["9124"] = "9508",
        ["9201"] = "9601", ["9204"] = "9602", ["9205"] = "9603", ["9209"] = "9604",
        ["9210"] = "9605", ["9271"] = "9671",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrentBySpan = Current.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FormerBySpan = Former.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Today's compact code of the regency a NIK's first four digits name, or null when they name none.</summary>
    public static string? CurrentCode(ReadOnlySpan<char> code)
    {
        // Span look-ups: a check asks this for every NIK, and needs no string for the four digits.
        if (CurrentBySpan.TryGetValue(code, out var current))
        {
            return current;
        }

        return FormerBySpan.TryGetValue(code, out var former) ? former : null;
    }
}
