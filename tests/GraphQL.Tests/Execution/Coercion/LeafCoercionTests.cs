using static BpjsTk.GraphQL.Tests.Execution.Coercion.CoercionFixture;

namespace BpjsTk.GraphQL.Tests.Execution.Coercion;

/// <summary>
/// Spec 3.5.1 to 3.5.5 and 3.9 Input Coercion through arguments and variables: what each built-in
/// scalar and an enum accept as a literal and as a JSON variable, and how they refuse the rest.
/// </summary>
public sealed class LeafCoercionTests
{
    [Theory]
    [InlineData("int", "Int", "123", "123")]
    [InlineData("int", "Int", "-2147483648", "-2147483648")]
    [InlineData("float", "Float", "1", "1.0")]
    [InlineData("float", "Float", "1.5", "1.5")]
    [InlineData("string", "String", "\"abc\"", "\"abc\"")]
    [InlineData("boolean", "Boolean", "true", "true")]
    [InlineData("id", "ID", "\"4\"", "\"4\"")]
    [InlineData("id", "ID", "4", "\"4\"")]
    public void Accepted_values_coerce_alike_as_literal_and_as_variable(string field, string type, string value, string expected)
    {
        Assert.Equal(expected, Run($$"""{ {{field}}(value: {{value}}) }"""));
        Assert.Equal(expected, Run($$"""query($v: {{type}}) { {{field}}(value: $v) }""", $$"""{ "v": {{value}} }"""));
    }

    [Theory]
    [InlineData("int", "\"123\"", "Int cannot represent non-integer value: \"123\"")]
    [InlineData("int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("string", "1", "String cannot represent a non string value: 1")]
    [InlineData("boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("id", "4.0", "ID cannot represent a non-string and non-integer value: 4.0")]
    [InlineData("color", "\"RED\"", "Enum \"Color\" cannot represent non-enum value: \"RED\".")]
    [InlineData("color", "PURPLE", "Value \"PURPLE\" does not exist in \"Color\" enum.")]
    public void Refused_literals_name_the_argument_and_the_scalar_rule(string field, string literal, string problem) =>
        Assert.Equal($"Argument \"Query.{field}(value:)\" has invalid value: {problem}", Run($$"""{ {{field}}(value: {{literal}}) }"""));

    [Theory]
    [InlineData("Int", "\"123\"", "Int cannot represent non-integer value: \"123\"")]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("Boolean", "\"true\"", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("Color", "\"PURPLE\"", "Value \"PURPLE\" does not exist in \"Color\" enum.")]
    [InlineData("Color", "\"GREN\"", "Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?")]
    [InlineData("String", "{ \"a\": \"x\", \"b\": [1, null] }", "String cannot represent a non string value: { a: \"x\", b: [1, null] }")]
    [InlineData("Int", "1e30", "Int cannot represent non 32-bit signed integer value: 1e+30")]
    public void Refused_variables_name_the_variable_and_the_scalar_rule(string type, string json, string problem)
    {
        var result = Variables($$"""query($v: {{type}}) { int }""", $$"""{ "v": {{json}} }""");

        Assert.Equal($"Variable \"$v\" has invalid value: {problem}", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Enum_literal_and_enum_variable_coerce_to_the_enum_value()
    {
        Assert.Equal("\"GREEN\"", Run("{ color(value: GREEN) }"));
        Assert.Equal("\"GREEN\"", Run("query($v: Color) { color(value: $v) }", """{ "v": "GREEN" }"""));
    }

    [Fact]
    public void Json_integer_with_an_empty_fraction_is_an_integer() =>
        Assert.Equal("1", Run("query($v: Int) { int(value: $v) }", """{ "v": 1.0 }"""));
}
