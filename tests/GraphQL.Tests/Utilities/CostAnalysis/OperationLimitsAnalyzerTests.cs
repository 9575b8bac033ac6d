using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Utilities;
using BpjsTk.GraphQL.Utilities.CostAnalysis;

namespace BpjsTk.GraphQL.Tests.Utilities.CostAnalysis;

public sealed class OperationLimitsAnalyzerTests
{
    private static IReadOnlyList<GraphQLError> Analyze(string query, OperationLimitsOptions? options = null)
    {
        var document = GraphQLParser.Parse(query, new ParserOptions { MaxTokens = 1_000_000, MaxDepth = 2_000 });
        var operation = document.Definitions.OfType<OperationDefinitionNode>().First();
        return OperationLimitsAnalyzer.Analyze(document, operation, options);
    }

    private static string Nested(int depth) =>
        string.Concat(Enumerable.Repeat("a { ", depth - 1)) + "a" + string.Concat(Enumerable.Repeat(" }", depth - 1));

    [Fact]
    public void Operation_within_every_limit_gives_no_error()
    {
        Assert.Empty(Analyze("query Q($x: Boolean!) { a: region @include(if: $x) { code } ...F } fragment F on Query { total }"));
    }

    [Fact]
    public void Full_introspection_query_passes_the_default_limits_and_measures_fifteen_deep()
    {
        var query = IntrospectionQuery.Get(IntrospectionQueryOptions.Full);

        Assert.Empty(Analyze(query));
        var error = Assert.Single(Analyze(query, new OperationLimitsOptions { MaxIntrospectionDepth = 14 }));
        Assert.Equal(15L, error.Extensions["actual"]);
    }

    [Fact]
    public void Depth_beyond_the_limit_is_refused_with_both_numbers()
    {
        Assert.Empty(Analyze("{ " + Nested(15) + " }"));

        var error = Assert.Single(Analyze("{ " + Nested(16) + " }"));

        Assert.Equal(ErrorCodes.MaxDepth, error.Code);
        Assert.Equal("The operation nests 16 fields deep; at most 15 are allowed.", error.Message);
        Assert.Equal(16L, error.Extensions["actual"]);
    }

    [Fact]
    public void Depth_counts_through_fragments()
    {
        var error = Assert.Single(Analyze("{ a { ...F } } fragment F on T { b { c } }", new OperationLimitsOptions { MaxDepth = 2 }));

        Assert.Equal(ErrorCodes.MaxDepth, error.Code);
    }

    [Fact]
    public void Introspection_has_its_own_depth_limit()
    {
        var deep = "{ __schema { types { fields { type { " + Nested(20) + " } } } } }";

        var error = Assert.Single(Analyze(deep));

        Assert.Equal(ErrorCodes.MaxIntrospectionDepth, error.Code);
        Assert.Equal(24L, error.Extensions["actual"]);
    }

    [Fact]
    public void Fields_beyond_the_limit_are_refused_counting_each_spread()
    {
        var errors = Analyze("{ ...F ...F ...F } fragment F on Query { a b c d }", new OperationLimitsOptions { MaxFields = 11 });

        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.MaxFields, error.Code);
        Assert.Equal("The operation selects 12 fields; at most 11 are allowed.", error.Message);
    }

    [Fact]
    public void Aliases_beyond_the_limit_are_refused()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: total")) + " }";

        var error = Assert.Single(Analyze(query));

        Assert.Equal(ErrorCodes.MaxAliases, error.Code);
        Assert.Equal(31L, error.Extensions["actual"]);
    }

    [Fact]
    public void Too_many_directives_on_one_location_are_refused_where_they_are()
    {
        var query = "{\n  a " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 11)) + "\n}";

        var error = Assert.Single(Analyze(query));

        Assert.Equal(ErrorCodes.MaxDirectives, error.Code);
        Assert.Equal(new SourceLocation(2, 3), Assert.Single(error.Locations));
    }

    [Fact]
    public void Fragment_bomb_is_counted_without_expanding_it()
    {
        var fragments = string.Join('\n', Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = "{ ...F0 }\n" + fragments + "\nfragment F40 on Query { total }";

        var error = Assert.Single(Analyze(query));

        Assert.Equal(ErrorCodes.MaxFields, error.Code);
        Assert.Equal(1L << 40, error.Extensions["actual"]);
    }

    [Fact]
    public void Fragment_chain_too_long_to_walk_is_refused_as_too_deep()
    {
        var fragments = string.Join('\n', Enumerable.Range(0, 1_500).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}"));
        var query = "{ ...F0 }\n" + fragments + "\nfragment F1500 on Query { total }";

        var error = Assert.Single(Analyze(query));

        Assert.Equal(ErrorCodes.MaxDepth, error.Code);
    }
}
