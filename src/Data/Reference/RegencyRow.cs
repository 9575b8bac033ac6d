using BpjsTk.Data.Geography;

namespace BpjsTk.Data.Reference;

/// <summary>A regency as the reference data lists it: code <c>35.09</c>, province <c>35</c>, name <c>Kabupaten Jember</c>.</summary>
public sealed record RegencyRow(string Code, string ProvinceCode, string Name)
{
    public RegencyKind Kind => Name.StartsWith("Kota ", StringComparison.Ordinal) ? RegencyKind.Kota : RegencyKind.Kabupaten;

    /// <summary>The name without its kind: <c>Jember</c>.</summary>
    public string Town => Name[(Name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
}
