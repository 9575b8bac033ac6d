using static BpjsTk.GraphQL.Tests.Execution.Coercion.CoercionFixture;

namespace BpjsTk.GraphQL.Tests.Execution.Coercion;

/// <summary>Spec 3.10 Input Objects, Input Coercion: every row of the table for <c>input ExampleInputObject { a: String b: Int! }</c>.</summary>
public sealed class InputObjectCoercionTests
{
    private const string Argument = "Argument \"Query.example(value:)\" has invalid value";

    [Theory]
    [InlineData("""{ example(value: { a: "abc", b: 123 }) }""", null, """{ a: "abc", b: 123 }""")]
    [InlineData("""{ example(value: { a: null, b: 123 }) }""", null, """{ a: null, b: 123 }""")]
    [InlineData("""{ example(value: { b: 123 }) }""", null, "{ b: 123 }")]
    [InlineData("""query($var: String) { example(value: { a: $var, b: 123 }) }""", """{ "var": null }""", "{ a: null, b: 123 }")]
    [InlineData("""query($var: String) { example(value: { a: $var, b: 123 }) }""", "{}", "{ b: 123 }")]
    [InlineData("""query($var: Int) { example(value: { b: $var }) }""", """{ "var": 123 }""", "{ b: 123 }")]
    [InlineData("""query($var: ExampleInputObject) { example(value: $var) }""", """{ "var": { "b": 123 } }""", "{ b: 123 }")]
    public void Table_rows_that_coerce(string document, string? variables, string expected) =>
        Assert.Equal(expected, Run(document, variables));

    [Theory]
    [InlineData("""{ example(value: "abc123") }""", null, Argument + """: Expected value of type "ExampleInputObject" to be an object, found: "abc123".""")]
    [InlineData("""query($var: ExampleInputObject) { example(value: $var) }""", """{ "var": "abc123" }""", """Variable "$var" has invalid value: Expected value of type "ExampleInputObject" to be an object, found: "abc123".""")]
    [InlineData("""{ example(value: { a: "abc", b: "123" }) }""", null, Argument + " at .b: Int cannot represent non-integer value: \"123\"")]
    [InlineData("""{ example(value: { a: "abc" }) }""", null, Argument + """: Expected value of type "ExampleInputObject" to include required field "b", found: { a: "abc" }.""")]
    [InlineData("""query($var: Int) { example(value: { b: $var }) }""", "{}", Argument + """ at .b: Expected variable "$var" provided to type "Int!" to provide a runtime value.""")]
    [InlineData("""query($var: ExampleInputObject) { example(value: $var) }""", """{ "var": { "a": "abc" } }""", """Variable "$var" has invalid value: Expected value of type "ExampleInputObject" to include required field "b", found: { a: "abc" }.""")]
    [InlineData("""{ example(value: { a: "abc", b: null }) }""", null, Argument + """ at .b: Expected value of non-null type "Int!" not to be null.""")]
    [InlineData("""query($var: Int) { example(value: { b: $var }) }""", """{ "var": null }""", Argument + """ at .b: Expected variable "$var" provided to non-null type "Int!" not to be null.""")]
    [InlineData("""{ example(value: { b: 123, c: "xyz" }) }""", null, Argument + """: Expected value of type "ExampleInputObject" not to include unknown field "c", found: { b: 123, c: "xyz" }.""")]
    public void Table_rows_that_are_errors(string document, string? variables, string expected) =>
        Assert.Equal(expected, Run(document, variables));

    [Fact]
    public void Unknown_variable_field_is_reported_with_the_whole_value()
    {
        var result = Variables("""query($var: ExampleInputObject) { example(value: $var) }""", """{ "var": { "b": 1, "c": "xyz" } }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("""Variable "$var" has invalid value: Expected value of type "ExampleInputObject" not to include unknown field "c", found: { b: 1, c: "xyz" }.""", error.Message);
    }

    [Fact]
    public void Omitted_fields_take_their_defaults_and_fields_without_one_stay_absent()
    {
        Assert.Equal("""{ size: 10, colors: ["RED"] }""", Run("""{ defaults(value: {}) }"""));
        Assert.Equal("""{ size: 10, colors: ["RED"] }""", Run("""query($v: WithDefaults) { defaults(value: $v) }""", """{ "v": {} }"""));
    }

    [Fact]
    public void Explicit_null_field_stays_null_instead_of_taking_the_default()
    {
        Assert.Equal("""{ size: null, colors: ["RED"] }""", Run("""{ defaults(value: { size: null }) }"""));
        Assert.Equal("""{ size: null, colors: ["RED"] }""", Run("""query($v: WithDefaults) { defaults(value: $v) }""", """{ "v": { "size": null } }"""));
    }
}
