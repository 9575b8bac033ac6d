using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Tests.Language;

public sealed class ParserErrorTests
{
    // Empty selection sets are an error as in the spec's grammar (SelectionSet : { Selection+ }),
    // matching graphql-js parsed with allowEmptySelectionSets: false.
    [Theory]
    [InlineData("schema { query: Q", "Syntax Error: Expected Name, found <EOF>.", 1, 18)]
    [InlineData("schema { ( }", "Syntax Error: Expected Name, found \"(\".", 1, 10)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("query Q { a {} }", "Syntax Error: Expected Name, found \"}\".", 1, 14)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Foo", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 19)]
    [InlineData("notakeyword", "Syntax Error: Unexpected Name \"notakeyword\".", 1, 1)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 24)]
    [InlineData("type T { a: [Int }", "Syntax Error: Expected \"]\", found \"}\".", 1, 18)]
    [InlineData("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("schema { query: }", "Syntax Error: Expected Name, found \"}\".", 1, 17)]
    [InlineData("{ a(b: \"\"\"x\"\"\" c: 1.5 d: 2) { ...F } } fragment F on Q { x }x", "Syntax Error: Unexpected Name \"x\".", 1, 61)]
    public void Syntax_errors_match_graphql_js(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(text)).Error;

        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
    }
}
