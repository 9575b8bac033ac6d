namespace BpjsTk.GraphQL.Validation;

/// <summary>What <see cref="DocumentValidator"/> checks and how far it goes before it stops.</summary>
public sealed record ValidationOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The rules to run, in order; <see cref="SpecifiedRules.All"/> unless changed.</summary>
    public IReadOnlyList<ValidationRuleFactory> Rules { get; init; } = SpecifiedRules.All;

    /// <summary>
    /// Validation stops once this many errors are reported; one more error with code
    /// <see cref="ErrorCodes.MaxErrors"/> then says so (graphql-js's maxErrors).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// How much fragment work (fragments expanded, spreads followed, variable usages gathered through fragments) the validation
    /// may do in total before it stops with <see cref="ErrorCodes.MaxFragmentVisits"/>; graphql-js 17 allows the same 50,000.
    /// </summary>
    public int MaxFragmentVisits { get; init; } = 50_000;

    /// <summary>How many field pairs the overlapping-fields check may compare before it stops with <see cref="ErrorCodes.MaxFieldComparisons"/>.</summary>
    public int MaxFieldComparisons { get; init; } = 1_000_000;

    /// <summary>When false, errors leave out "Did you mean ...?" suggestions, which would reveal schema names.</summary>
    public bool IncludeSuggestions { get; init; } = true;
}
