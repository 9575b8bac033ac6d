namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Names of what the mutation convention generates for one field; each left null follows HotChocolate's default
/// (<c>{Field}Input</c>, <c>input</c>, <c>{Field}Payload</c>, the result type's name in camelCase, <c>{Field}Error</c>).
/// </summary>
public sealed record MutationFieldOptions
{
    public string? InputTypeName { get; init; }

    public string? InputArgumentName { get; init; }

    public string? PayloadTypeName { get; init; }

    /// <summary>The payload's result field; required when the result is a list.</summary>
    public string? PayloadFieldName { get; init; }

    public string? PayloadErrorTypeName { get; init; }
}
