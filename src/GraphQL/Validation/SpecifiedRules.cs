namespace BpjsTk.GraphQL.Validation;

/// <summary>The rules of spec section 5 for executable documents, in graphql-js's order (its <c>specifiedRules</c>).</summary>
public static class SpecifiedRules
{
    /// <summary>Every rule the specification requires, each created afresh for each validation.</summary>
    public static IReadOnlyList<ValidationRuleFactory> All { get; } =
    [
        context => new ExecutableDefinitionsRule(context),
        context => new UniqueOperationNamesRule(context),
        context => new LoneAnonymousOperationRule(context),
        context => new ValuesOfCorrectTypeRule(context),
        context => new VariablesInAllowedPositionRule(context),
        context => new OverlappingFieldsCanBeMergedRule(context),
    ];
}
