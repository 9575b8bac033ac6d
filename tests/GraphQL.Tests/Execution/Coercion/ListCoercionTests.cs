using static BpjsTk.GraphQL.Tests.Execution.Coercion.CoercionFixture;

namespace BpjsTk.GraphQL.Tests.Execution.Coercion;

/// <summary>Spec 3.11 List, Input Coercion: every row of the table, as literals and as variables.</summary>
public sealed class ListCoercionTests
{
    [Theory]
    [InlineData("ints", "[Int]", "[1, 2, 3]", "[1, 2, 3]")]
    [InlineData("ints", "[Int]", "1", "[1]")]
    [InlineData("ints", "[Int]", "null", "null")]
    [InlineData("nestedInts", "[[Int]]", "[[1], [2, 3]]", "[[1], [2, 3]]")]
    [InlineData("nestedInts", "[[Int]]", "[1, 2, 3]", "[[1], [2], [3]]")]
    [InlineData("nestedInts", "[[Int]]", "1", "[[1]]")]
    [InlineData("nestedInts", "[[Int]]", "null", "null")]
    public void Table_rows_coerce_alike_as_literal_and_as_variable(string field, string type, string value, string expected)
    {
        Assert.Equal(expected, Run($$"""{ {{field}}(value: {{value}}) }"""));
        Assert.Equal(expected, Run($$"""query($v: {{type}}) { {{field}}(value: $v) }""", $$"""{ "v": {{value}} }"""));
    }

    [Fact]
    public void Incorrect_item_value_is_an_error_naming_the_item()
    {
        Assert.Equal(
            "Argument \"Query.ints(value:)\" has invalid value at [1]: Int cannot represent non-integer value: \"b\"",
            Run("""{ ints(value: [1, "b", true]) }"""));

        var result = Variables("""query($v: [Int]) { ints(value: $v) }""", """{ "v": [1, "b", true] }""");
        Assert.Equal(
            [
                "Variable \"$v\" has invalid value at [1]: Int cannot represent non-integer value: \"b\"",
                """Variable "$v" has invalid value at [2]: Int cannot represent non-integer value: true""",
            ],
            result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Absent_variable_in_a_list_of_nullable_items_is_null()
    {
        Assert.Equal("[1, null]", Run("""query($v: Int) { ints(value: [1, $v]) }""", "{}"));
    }

    [Fact]
    public void Null_item_in_a_list_of_non_null_items_is_an_error()
    {
        Assert.Equal(
            """Argument "Query.requiredInts(value:)" has invalid value at [1]: Expected value of non-null type "Int!" not to be null.""",
            Run("""{ requiredInts(value: [1, null]) }"""));
    }
}
