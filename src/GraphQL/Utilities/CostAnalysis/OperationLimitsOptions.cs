namespace BpjsTk.GraphQL.Utilities.CostAnalysis;

/// <summary>The limits <see cref="OperationLimitsAnalyzer"/> enforces; each counts fragments as if expanded at every spread.</summary>
public sealed record OperationLimitsOptions
{
    /// <summary>The defaults: 1,000 fields, 30 aliases, 10 directives per location, depth 15, introspection depth 20.</summary>
    public static OperationLimitsOptions Default { get; } = new();

    /// <summary>The most field selections an operation may make (code <c>MAX_FIELDS_EXCEEDED</c>).</summary>
    public long MaxFields { get; init; } = 1_000;

    /// <summary>The most aliased fields an operation may have (code <c>MAX_ALIASES_EXCEEDED</c>).</summary>
    public long MaxAliases { get; init; } = 30;

    /// <summary>The most directives one field, fragment, operation or variable may carry (code <c>MAX_DIRECTIVES_EXCEEDED</c>).</summary>
    public int MaxDirectivesPerLocation { get; init; } = 10;

    /// <summary>The deepest nesting of fields outside introspection, the root fields being depth 1 (code <c>MAX_DEPTH_EXCEEDED</c>).</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>
    /// The deepest nesting under <c>__schema</c> or <c>__type</c>, counting them as 1 (code <c>MAX_INTROSPECTION_DEPTH_EXCEEDED</c>);
    /// graphql-js's full introspection query measures 15 (__schema types fields args type, nine ofType, name).
    /// </summary>
    public int MaxIntrospectionDepth { get; init; } = 20;
}
