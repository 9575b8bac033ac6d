namespace BpjsTk.GraphQL.Utilities.CostAnalysis;

/// <summary>The limits and assumptions of <see cref="CostAnalyzer"/>.</summary>
public sealed record CostOptions
{
    /// <summary>The defaults: a maximum of 1,000 and lists of 10 where nothing says otherwise.</summary>
    public static CostOptions Default { get; } = new();

    /// <summary>
    /// The highest static cost an operation may have. 1,000 admits a page of 50 items with a nested page of 10
    /// under each (50 * (1 + 10) = 550) and rejects a page of 100 with a nested page of 100 (10,100).
    /// </summary>
    public double MaxCost { get; init; } = 1_000;

    /// <summary>The size assumed for a list field with neither a slicing argument value nor <c>@listSize(assumedSize:)</c>.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The slicing arguments a list field uses when its <c>@listSize</c> names none (HotChocolate's paging arguments).</summary>
    public IReadOnlyList<string> DefaultSlicingArguments { get; init; } = ["first", "last", "take"];
}
