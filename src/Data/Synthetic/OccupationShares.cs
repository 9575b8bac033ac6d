namespace BpjsTk.Data.Synthetic;

/// <summary>How common each informal occupation is among BPU participants, matched on the occupation's code.</summary>
internal static class OccupationShares
{
    private static readonly (string CodePart, double Weight)[] Shares =
    [
        ("STREET", 12), ("VENDOR", 12), ("TRADER", 25), ("FARM", 22), ("FISH", 8), ("CRAFT", 6),
        ("OJEK", 10), ("DAILY", 10), ("HOME", 4), ("DOMESTIC", 3),
    ];

    public static double WeightOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var (codePart, weight) in Shares)
        {
            if (code.Contains(codePart, StringComparison.OrdinalIgnoreCase))
            {
                return weight;
            }
        }

        return 5;
    }
}
