using static BpjsTk.GraphQL.Tests.Execution.Coercion.CoercionFixture;

namespace BpjsTk.GraphQL.Tests.Execution.Coercion;

/// <summary>Spec 3.10.1 OneOf Input Objects: every row of the table for <c>input ExampleOneOfInputObject @oneOf { a: String b: Int }</c>.</summary>
public sealed class OneOfCoercionTests
{
    private const string OneOf = "Within OneOf Input Object type \"ExampleOneOfInputObject\", exactly one field must be specified, and the value for that field must be non-null.";
    private const string Argument = "Argument \"Query.oneOf(value:)\" has invalid value";

    [Theory]
    [InlineData("""{ oneOf(value: { a: "abc" }) }""", null, """{ a: "abc" }""")]
    [InlineData("""{ oneOf(value: { b: 123 }) }""", null, "{ b: 123 }")]
    [InlineData("""query($var: ExampleOneOfInputObject) { oneOf(value: $var) }""", """{ "var": { "a": "abc" } }""", """{ a: "abc" }""")]
    [InlineData("""query($var: String) { oneOf(value: { a: $var }) }""", """{ "var": "abc" }""", """{ a: "abc" }""")]
    public void Table_rows_that_coerce(string document, string? variables, string expected) =>
        Assert.Equal(expected, Run(document, variables));

    [Theory]
    [InlineData("""{ oneOf(value: { a: null }) }""", null, Argument + " at .a: " + OneOf)]
    [InlineData("""query($var: ExampleOneOfInputObject) { oneOf(value: $var) }""", """{ "var": { "a": null } }""", "Variable \"$var\" has invalid value at .a: " + OneOf)]
    [InlineData("""query($a: String) { oneOf(value: { a: $a }) }""", """{ "a": null }""", Argument + """: Expected variable "$a" provided to field "a" for OneOf Input Object type "ExampleOneOfInputObject" not to be null.""")]
    [InlineData("""{ oneOf(value: { a: "abc", b: 123 }) }""", null, Argument + ": " + OneOf)]
    [InlineData("""query($b: Int) { oneOf(value: { b: $b }) }""", "{}", Argument + """: Expected variable "$b" provided to field "b" for OneOf Input Object type "ExampleOneOfInputObject" to provide a runtime value.""")]
    [InlineData("""query($var: ExampleOneOfInputObject) { oneOf(value: $var) }""", """{ "var": { "a": "abc", "b": 123 } }""", "Variable \"$var\" has invalid value: " + OneOf)]
    [InlineData("""query($a: String, $b: Int) { oneOf(value: { a: $a, b: $b }) }""", """{ "a": "abc" }""", Argument + """: Expected variable "$b" provided to field "b" for OneOf Input Object type "ExampleOneOfInputObject" to provide a runtime value.""")]
    [InlineData("""{ oneOf(value: {}) }""", null, Argument + ": " + OneOf)]
    [InlineData("""query($var: ExampleOneOfInputObject) { oneOf(value: $var) }""", """{ "var": {} }""", "Variable \"$var\" has invalid value: " + OneOf)]
    public void Table_rows_that_are_errors(string document, string? variables, string expected) =>
        Assert.Equal(expected, Run(document, variables));
}
