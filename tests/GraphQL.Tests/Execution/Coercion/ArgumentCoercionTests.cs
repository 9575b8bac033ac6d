using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using static BpjsTk.GraphQL.Tests.Execution.Coercion.CoercionFixture;

namespace BpjsTk.GraphQL.Tests.Execution.Coercion;

/// <summary>Spec 6.4.1 CoerceArgumentValues, and single literals for execution and validation.</summary>
public sealed class ArgumentCoercionTests
{
    [Fact]
    public void Omitted_argument_takes_its_default_and_without_one_stays_absent()
    {
        Assert.Equal("42", Run("{ defaultedInt }"));
        Assert.Equal("absent", Run("{ int }"));
    }

    [Fact]
    public void Explicit_null_argument_overrides_the_default() =>
        Assert.Equal("null", Run("{ defaultedInt(value: null) }"));

    [Fact]
    public void Absent_variable_takes_the_argument_default_and_null_variable_does_not()
    {
        Assert.Equal("42", Run("query($v: Int) { defaultedInt(value: $v) }", "{}"));
        Assert.Equal("absent", Run("query($v: Int) { int(value: $v) }", "{}"));
        Assert.Equal("null", Run("query($v: Int) { defaultedInt(value: $v) }", """{ "v": null }"""));
    }

    [Fact]
    public void Invalid_value_error_points_at_the_offending_literal()
    {
        var operation = (OperationDefinitionNode)GraphQLParser.Parse("{\n  example(value: {\n    b: \"x\" }) }").Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];

        var result = ArgumentCoercion.CoerceArgumentValues(Schema.QueryType.Fields["example"].Arguments, field.Arguments, new Dictionary<string, object?>());

        Assert.Equal(new SourceLocation(3, 8), Assert.Single(Assert.Single(result.Errors).Locations));
    }

    [Theory]
    [InlineData("[1, 2]", "[Int!]", "[1, 2]")]
    [InlineData("{ a: $a, b: 2 }", "ExampleInputObject", "{ b: 2 }")]
    [InlineData("[1, $a]", "[Int]", "[1, null]")]
    [InlineData("$a", "Int", "invalid")]
    [InlineData("[1, $a]", "[Int!]", "invalid")]
    [InlineData("{ b: $a }", "ExampleInputObject", "invalid")]
    [InlineData("{ b: $n }", "ExampleInputObject", "{ b: 5 }")]
    [InlineData("\"x\"", "Int", "invalid")]
    [InlineData("{ a: \"x\", b: 1, c: 2 }", "ExampleInputObject", "invalid")]
    public void Value_from_literal_follows_graphql_js_value_from_ast(string literal, string type, string expected)
    {
        var variables = new Dictionary<string, object?> { ["n"] = 5 };

        Assert.Equal(expected, Show(ArgumentCoercion.ValueFromLiteral(GraphQLParser.ParseValue(literal), Type(type), variables)));
    }

    [Fact]
    public void Validate_literal_takes_variables_to_fit_and_reports_every_problem()
    {
        var problems = ArgumentCoercion.ValidateLiteral(GraphQLParser.ParseValue("""[{ a: $x, b: "1" }, { a: 1, b: $y }, { c: 1 }]"""), Type("[ExampleInputObject!]"));

        Assert.Equal(
            [
                "[0].b: Int cannot represent non-integer value: \"1\"",
                "[1].a: String cannot represent a non string value: 1",
                """[2]: Expected value of type "ExampleInputObject" not to include unknown field "c", found: { c: 1 }.""",
                """[2]: Expected value of type "ExampleInputObject" to include required field "b", found: { c: 1 }.""",
            ],
            problems.Select(p => $"{string.Concat(p.Path.Select(s => s is int i ? $"[{i}]" : $".{s}"))}: {p.Message}"));
        Assert.True(ArgumentCoercion.IsValidLiteral(GraphQLParser.ParseValue("{ b: $y }"), Type("ExampleInputObject!")));
    }

    [Theory]
    [InlineData("{ int @skip(if: \"yes\") }", "Argument \"@skip(if:)\" has invalid value: Boolean cannot represent a non boolean value: \"yes\"")]
    [InlineData("{ int @skip }", "Argument \"@skip(if:)\" of required type \"Boolean!\" was not provided.")]
    public void Directive_arguments_are_coerced_and_named_by_their_coordinate(string document, string expected)
    {
        var field = (FieldNode)((OperationDefinitionNode)GraphQLParser.Parse(document).Definitions[0]).SelectionSet.Selections[0];
        Assert.True(Schema.TryGetDirective("skip", out var skip));

        var result = ArgumentCoercion.CoerceArgumentValues(skip.Arguments, field.Directives[0].Arguments, new Dictionary<string, object?>(), field.Directives[0]);

        Assert.Equal(expected, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Literal_nesting_deeper_than_the_limit_is_invalid_not_a_crash()
    {
        var depth = InputCoercionLimits.MaxDepth + 5;
        var literal = string.Concat(Enumerable.Repeat("{ child: ", depth)) + "null" + new string('}', depth);
        var value = GraphQLParser.ParseValue(literal, new ParserOptions { MaxDepth = 1000 });

        Assert.Same(InvalidValue.Instance, ArgumentCoercion.ValueFromLiteral(value, Type("Deep")));
        Assert.EndsWith("Expected value of type \"Deep\" to nest at most 64 levels deep.", Assert.Single(ArgumentCoercion.ValidateLiteral(value, Type("Deep"))).Message, StringComparison.Ordinal);
    }
}
