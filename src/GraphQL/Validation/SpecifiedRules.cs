namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// The rules of spec section 5 for executable documents, in graphql-js 17's order (its <c>specifiedRules</c>, which
/// ends with its recommended <see cref="MaxIntrospectionDepthRule"/>).
/// </summary>
public static class SpecifiedRules
{
    /// <summary>Every rule the specification requires, each created afresh for each validation.</summary>
    public static IReadOnlyList<ValidationRuleFactory> All { get; } =
    [
        context => new ExecutableDefinitionsRule(context),
        context => new KnownOperationTypesRule(context),
        context => new UniqueOperationNamesRule(context),
        context => new LoneAnonymousOperationRule(context),
        context => new SingleFieldSubscriptionsRule(context),
        context => new KnownTypeNamesRule(context),
        context => new FragmentsOnCompositeTypesRule(context),
        context => new VariablesAreInputTypesRule(context),
        context => new ScalarLeafsRule(context),
        context => new FieldsOnCorrectTypeRule(context),
        context => new UniqueFragmentNamesRule(context),
        context => new KnownFragmentNamesRule(context),
        context => new NoUnusedFragmentsRule(context),
        context => new PossibleFragmentSpreadsRule(context),
        context => new NoFragmentCyclesRule(context),
        context => new UniqueVariableNamesRule(context),
        context => new NoUndefinedVariablesRule(context),
        context => new NoUnusedVariablesRule(context),
        context => new KnownDirectivesRule(context),
        context => new UniqueDirectivesPerLocationRule(context),
        context => new KnownArgumentNamesRule(context),
        context => new UniqueArgumentNamesRule(context),
        context => new ValuesOfCorrectTypeRule(context),
        context => new ProvidedRequiredArgumentsRule(context),
        context => new VariablesInAllowedPositionRule(context),
        context => new OverlappingFieldsCanBeMergedRule(context),
        context => new UniqueInputFieldNamesRule(context),
        context => new MaxIntrospectionDepthRule(context),
    ];
}
