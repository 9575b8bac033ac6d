using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using static BpjsTk.GraphQL.Tests.Execution.Coercion.CoercionFixture;

namespace BpjsTk.GraphQL.Tests.Execution.Coercion;

/// <summary>Spec 3.12 Non-Null, Input Coercion: not provided, null, and variables that are absent or null.</summary>
public sealed class NonNullCoercionTests
{
    [Fact]
    public void Argument_not_provided_is_an_error_at_the_field()
    {
        var operation = (OperationDefinitionNode)GraphQLParser.Parse("{\n  requiredInt\n}").Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];

        var result = ArgumentCoercion.CoerceArgumentValues(Schema.QueryType.Fields["requiredInt"].Arguments, field.Arguments, new Dictionary<string, object?>(), field);

        var error = Assert.Single(result.Errors);
        Assert.Equal("""Argument "Query.requiredInt(value:)" of required type "Int!" was not provided.""", error.Message);
        Assert.Equal(new SourceLocation(2, 3), Assert.Single(error.Locations));
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public void Null_literal_is_an_error() =>
        Assert.Equal(
            """Argument "Query.requiredInt(value:)" has invalid value: Expected value of non-null type "Int!" not to be null.""",
            Run("{ requiredInt(value: null) }"));

    [Fact]
    public void Variable_not_provided_is_an_error() =>
        Assert.Equal(
            """Argument "Query.requiredInt(value:)" has invalid value: Expected variable "$v" provided to type "Int!" to provide a runtime value.""",
            Run("query($v: Int) { requiredInt(value: $v) }", "{}"));

    [Fact]
    public void Variable_provided_null_is_an_error() =>
        Assert.Equal(
            """Argument "Query.requiredInt(value:)" has invalid value: Expected variable "$v" provided to non-null type "Int!" not to be null.""",
            Run("query($v: Int) { requiredInt(value: $v) }", """{ "v": null }"""));

    [Fact]
    public void Non_null_variable_not_provided_is_an_error() =>
        Assert.Equal(
            """Variable "$v" has invalid value: Expected a value of non-null type "Int!" to be provided.""",
            Run("query($v: Int!) { requiredInt(value: $v) }", "{}"));

    [Fact]
    public void Non_null_variable_given_null_is_an_error() =>
        Assert.Equal(
            """Variable "$v" has invalid value: Expected value of non-null type "Int!" not to be null.""",
            Run("query($v: Int!) { requiredInt(value: $v) }", """{ "v": null }"""));

    [Fact]
    public void Non_null_argument_with_a_default_takes_it_when_the_variable_is_absent() =>
        Assert.Equal("42", Run("query($v: Int) { requiredDefaultedInt(value: $v) }", "{}"));
}
