using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static IReadOnlyList<GraphQLError> Validate(string query, IReadOnlyList<ValidationRuleFactory>? rules = null) =>
        DocumentValidator.Validate(
            ValidationTestSchema.Instance,
            GraphQLParser.Parse(query),
            new ValidationOptions { Rules = rules ?? [context => new VariablesInAllowedPositionRule(context)] });

    private static string Describe(GraphQLError error) =>
        $"{error.Message} @ {string.Join(", ", error.Locations.Select(l => $"{l.Line}:{l.Column}"))}";

    [Fact]
    public void Nullable_variable_in_a_oneOf_field_inside_a_fragment_is_reported_at_definition_and_use()
    {
        var errors = Validate("""
            query ($text: String) { complicatedArgs { ...Args } }
            fragment Args on ComplicatedArgs { oneOfArgField(oneOfArg: { stringField: $text }) }
            """);

        Assert.Equal(
            "Variable \"$text\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\". @ 1:8, 2:75",
            Describe(Assert.Single(errors)));
    }

    [Fact]
    public void Nullable_variable_in_a_oneOf_field_gives_one_error_under_all_rules()
    {
        var errors = Validate(
            "query ($text: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $text }) } }",
            SpecifiedRules.All);

        Assert.Equal(
            "Variable \"$text\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\". @ 1:8, 1:82",
            Describe(Assert.Single(errors)));
    }

    [Fact]
    public void Variable_used_in_two_operations_is_judged_by_each_operation_own_definition()
    {
        var errors = Validate("""
            query A($n: Int!) { complicatedArgs { ...F } }
            query B($n: Int) { complicatedArgs { ...F } }
            fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $n) }
            """);

        Assert.Equal("Variable \"$n\" of type \"Int\" used in position expecting type \"Int!\". @ 2:9, 3:67", Describe(Assert.Single(errors)));
    }

    [Fact]
    public void Non_null_list_item_position_rejects_a_nullable_item_variable()
    {
        var errors = Validate("query ($item: String, $list: [String!]) { complicatedArgs { a: stringListNonNullArgField(stringListNonNullArg: [$item]) b: stringListNonNullArgField(stringListNonNullArg: $list) } }");

        Assert.Equal("Variable \"$item\" of type \"String\" used in position expecting type \"String!\". @ 1:8, 1:113", Describe(Assert.Single(errors)));
    }
}
