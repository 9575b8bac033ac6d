using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Tests.Language;

public sealed class ParserLimitTests
{
    private const int Hostile = 100_000;

    private static GraphQLError Fails(Func<object> parse) =>
        Assert.Throws<GraphQLSyntaxException>(parse).Error;

    [Fact]
    public void Deeply_nested_selection_sets_fail_with_the_depth_error()
    {
        var text = "query " + string.Concat(Enumerable.Repeat("{ a ", Hostile)) + string.Concat(Enumerable.Repeat("}", Hostile));

        var error = Fails(() => GraphQLParser.Parse(text, new ParserOptions { MaxDocumentLength = int.MaxValue, MaxTokens = int.MaxValue }));

        Assert.Equal(ErrorCodes.MaxParserDepth, error.Code);
        Assert.Equal("Syntax Error: Document nests deeper than 200 levels. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 7 + (200 * 4)), Assert.Single(error.Locations));
    }

    [Theory]
    [InlineData("{ a(v: ", "[", "]", " }")]
    [InlineData("{ a(v: ", "{f: ", "}", " }")]
    [InlineData("type T { f: ", "[", "]", " }")]
    [InlineData("query ($v: ", "[", "]", ") { a }")]
    public void Deeply_nested_values_and_types_fail_with_the_depth_error(string prefix, string open, string close, string suffix)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(open, Hostile)) + "1" + string.Concat(Enumerable.Repeat(close, Hostile)) + suffix;

        var error = Fails(() => GraphQLParser.Parse(text, new ParserOptions { MaxDocumentLength = int.MaxValue, MaxTokens = int.MaxValue }));

        Assert.Equal(ErrorCodes.MaxParserDepth, error.Code);
    }

    [Fact]
    public void Depth_counts_selection_sets_values_and_types_along_one_path()
    {
        var options = new ParserOptions { MaxDepth = 3 };

        Assert.NotNull(GraphQLParser.Parse("{ a { b(v: [1]) } }", options));
        Assert.Equal(ErrorCodes.MaxParserDepth, Fails(() => GraphQLParser.Parse("{ a { b(v: [[1]]) } }", options)).Code);
        Assert.Equal(ErrorCodes.MaxParserDepth, Fails(() => GraphQLParser.ParseType("[[[[Int]]]]", options)).Code);
    }

    [Fact]
    public void Ten_megabyte_string_fails_on_the_document_size()
    {
        var text = "{ a(s: \"" + new string('x', 10 * 1024 * 1024) + "\") }";

        var error = Fails(() => GraphQLParser.Parse(text));

        Assert.Equal(ErrorCodes.MaxDocumentSize, error.Code);
        Assert.Equal("Syntax Error: Source contains more than 1000000 UTF-16 code units. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 1_000_001), Assert.Single(error.Locations));
    }

    [Fact]
    public void Token_limit_stops_before_the_tree_is_built()
    {
        var text = "{ " + string.Concat(Enumerable.Repeat("a ", 20_000)) + "}";

        var error = Fails(() => GraphQLParser.Parse(text));

        Assert.Equal(ErrorCodes.MaxTokens, error.Code);
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 3 + (14_999 * 2)), Assert.Single(error.Locations));
        Assert.NotNull(GraphQLParser.Parse(text, new ParserOptions { MaxTokens = 20_002 }));
    }

    [Fact]
    public void Ignored_tokens_do_not_count_against_the_token_limit()
    {
        var text = "{ a " + string.Concat(Enumerable.Repeat(",# comment\n", 50_000)) + "}";

        var document = GraphQLParser.Parse(text, new ParserOptions { MaxTokens = 3 });

        Assert.Single(document.Definitions);
    }
}
