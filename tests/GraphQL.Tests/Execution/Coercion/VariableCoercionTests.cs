using System.Text;
using System.Text.Json;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using static BpjsTk.GraphQL.Tests.Execution.Coercion.CoercionFixture;

namespace BpjsTk.GraphQL.Tests.Execution.Coercion;

/// <summary>Spec 6.1.2 CoerceVariableValues: defaults, absent versus null, error shape and limits.</summary>
public sealed class VariableCoercionTests
{
    [Fact]
    public void Absent_variable_without_default_is_left_out_and_null_is_kept()
    {
        var result = Variables("query($a: Int, $b: Int) { int }", """{ "b": null }""");

        Assert.True(result.IsSuccess);
        Assert.False(result.Value!.ContainsKey("a"));
        Assert.True(result.Value.ContainsKey("b"));
        Assert.Null(result.Value["b"]);
    }

    [Fact]
    public void Absent_variable_takes_its_default_but_null_does_not()
    {
        Assert.Equal(7, Variables("query($a: Int = 7) { int }", "{}").Value!["a"]);
        Assert.Equal(7, Variables("query($a: Int = 7) { int }", null).Value!["a"]);
        Assert.Null(Variables("query($a: Int = 7) { int }", """{ "a": null }""").Value!["a"]);
    }

    [Fact]
    public void Default_of_a_complex_type_is_coerced_like_a_literal()
    {
        var result = Variables("""query($a: ExampleInputObject = { a: "x", b: 1 }, $c: [Color] = RED) { int }""", "{}");

        Assert.Equal("""{ a: "x", b: 1 }""", Show(result.Value!["a"]));
        Assert.Equal("""["RED"]""", Show(result.Value["c"]));
    }

    [Fact]
    public void Errors_carry_the_variable_definition_location_and_bad_user_input_code()
    {
        var result = Variables("query(\n  $a: Int\n  $b: Int!\n) { int }", """{ "a": "x" }""");

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(new SourceLocation(2, 3), Assert.Single(result.Errors[0].Locations));
        Assert.Equal(new SourceLocation(3, 3), Assert.Single(result.Errors[1].Locations));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.BadUserInput, e.Code));
    }

    [Fact]
    public void Variable_of_an_unknown_or_output_type_is_an_error()
    {
        var result = Variables("query($a: Query, $b: Missing) { int }", "{}");

        Assert.Equal(
            [
                """Variable "$a" expected value of type "Query" which cannot be used as an input type.""",
                """Variable "$b" expected value of type "Missing" which cannot be used as an input type.""",
            ],
            result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Variables_that_are_not_an_object_are_refused()
    {
        var result = Variables("query($a: Int) { int }", "[1]");

        Assert.Equal("Variables must be provided as an Object where each property is a variable value.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Errors_stop_at_the_limit_with_one_more_saying_so()
    {
        var result = Variables("query($v: [Int]) { int }", """{ "v": ["a", "b", "c", "d"] }""", maxErrors: 2);

        Assert.Equal(3, result.Errors.Count);
        Assert.Equal("Too many errors processing variables, error limit reached. Execution aborted.", result.Errors[2].Message);
    }

    [Fact]
    public void Nested_errors_name_the_path_and_print_the_value_like_graphql_js()
    {
        var result = Variables("query($v: [ExampleInputObject]) { int }", """{ "v": [{ "b": 1 }, { "a": "x\ny", "b": "2" }] }""");

        Assert.Equal("Variable \"$v\" has invalid value at [1].b: Int cannot represent non-integer value: \"2\"", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Variable_nesting_deeper_than_the_limit_is_an_error_not_a_crash()
    {
        var depth = InputCoercionLimits.MaxDepth + 10;
        var json = new StringBuilder("{ \"v\": ");
        for (var i = 0; i < depth; i++)
        {
            json.Append("{ \"child\": ");
        }

        json.Append("null").Append('}', depth + 1);
        using var document = JsonDocument.Parse(json.ToString(), new JsonDocumentOptions { MaxDepth = depth + 2 });
        var operation = (OperationDefinitionNode)GraphQLParser.Parse("query($v: Deep) { int }").Definitions[0];

        var result = VariableCoercion.CoerceVariableValues(Schema, operation, document.RootElement);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Variable \"$v\" has invalid value at .child.child", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Expected value of type \"Deep\" to nest at most 64 levels deep.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variable_nesting_at_the_limit_is_coerced()
    {
        var json = new StringBuilder("{ \"v\": ");
        for (var i = 0; i < InputCoercionLimits.MaxDepth; i++)
        {
            json.Append("{ \"child\": ");
        }

        json.Append("null").Append('}', InputCoercionLimits.MaxDepth + 1);
        using var document = JsonDocument.Parse(json.ToString(), new JsonDocumentOptions { MaxDepth = 100 });
        var operation = (OperationDefinitionNode)GraphQLParser.Parse("query($v: Deep) { int }").Definitions[0];

        Assert.True(VariableCoercion.CoerceVariableValues(Schema, operation, document.RootElement).IsSuccess);
    }
}
