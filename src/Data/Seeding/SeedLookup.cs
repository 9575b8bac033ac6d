namespace BpjsTk.Data.Seeding;

/// <summary>Ids of the rows seeded so far, by their stable codes, so the catalogues can refer to rows by code.</summary>
internal sealed class SeedLookup
{
    public Dictionary<string, int> Regions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Provinces { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Regencies { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Offices { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Occupations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Sources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Partners { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> PartnerPrograms { get; } = new(StringComparer.Ordinal);

    public static int Find(Dictionary<string, int> ids, string code) =>
        ids.TryGetValue(code, out var id) ? id : throw new InvalidOperationException($"Sample data refers to unknown code '{code}'.");
}
