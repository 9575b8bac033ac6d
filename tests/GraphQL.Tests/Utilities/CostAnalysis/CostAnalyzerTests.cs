using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;
using BpjsTk.GraphQL.Utilities.CostAnalysis;

namespace BpjsTk.GraphQL.Tests.Utilities.CostAnalysis;

public sealed class CostAnalyzerTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(CostDirectives.Sdl + """

        type Query {
          region(code: String!): Region
          regions(first: Int, last: Int): [Region!]!
          offices(take: Int = 25): [Office!]!
          participants: [Participant!]! @listSize(assumedSize: 50)
          employers(first: Int, after: String, last: Int, before: String): EmployerConnection
            @listSize(slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"])
          report(year: Int @cost(weight: "3")): Report @cost(weight: "20")
          names: [String!]!
          total: Int
        }

        type Region { code: String! name: String branches(first: Int): [Office!]! }
        type Office { id: ID! region: Region }
        type Participant { nik: String! }
        type EmployerConnection { edges: [EmployerEdge!]! nodes: [Employer!]! totalCount: Int! }
        type EmployerEdge { cursor: String! node: Employer! }
        type Employer { name: String! }
        type Report @cost(weight: "5") { total: Int }
        """).Build();

    private static OperationCost Cost(string query, IReadOnlyDictionary<string, object?>? variables = null, CostOptions? options = null)
    {
        var document = GraphQLParser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return CostAnalyzer.Analyze(Schema, document, operation, variables, options);
    }

    [Fact]
    public void Composite_fields_cost_one_and_scalars_nothing()
    {
        Assert.Equal(1, Cost("{ region(code: \"35\") { code name } total }").Cost);
    }

    [Fact]
    public void List_fields_multiply_by_the_slicing_argument_literal()
    {
        // 20 regions, each 1 plus 5 branches of 1 with a region of 1
        Assert.Equal(20 * (1 + (5 * (1 + 1))), Cost("{ regions(first: 20) { branches(first: 5) { region { code } } } }").Cost);
    }

    [Fact]
    public void Slicing_argument_from_a_variable_counts_like_a_literal()
    {
        var cost = Cost("query($n: Int) { regions(last: $n) { code } }", new Dictionary<string, object?> { ["n"] = 42 });

        Assert.Equal(42, cost.Cost);
    }

    [Fact]
    public void Without_slicing_argument_the_default_then_assumed_size_then_the_global_default_applies()
    {
        Assert.Equal(25, Cost("{ offices { id } }").Cost);
        Assert.Equal(50, Cost("{ participants { nik } }").Cost);
        Assert.Equal(10, Cost("{ regions { code } }").Cost);
        Assert.Equal(3, Cost("{ regions { code } }", options: new CostOptions { DefaultListSize = 3 }).Cost);
    }

    [Fact]
    public void Cost_weights_of_fields_types_and_given_arguments_replace_the_defaults()
    {
        Assert.Equal(20, Cost("{ report { total } }").Cost);
        Assert.Equal(23, Cost("{ report(year: 2025) { total } }").Cost);
    }

    [Fact]
    public void Connection_size_applies_to_its_sized_fields_not_to_itself()
    {
        // connection 1, edges 30 * (1 + node 1), nodes 30 * 1
        Assert.Equal(1 + (30 * 2) + 30, Cost("{ employers(first: 30) { totalCount edges { cursor node { name } } nodes { name } } }").Cost);
    }

    [Fact]
    public void Connection_without_exactly_one_slicing_argument_is_refused_with_its_code()
    {
        var none = Cost("{ employers { totalCount } }");
        var both = Cost("{ employers(first: 1, last: 1) { totalCount } }");

        Assert.Equal(ErrorCodes.SlicingArgumentRequired, Assert.Single(none.Errors).Code);
        Assert.Equal(ErrorCodes.SlicingArgumentRequired, Assert.Single(both.Errors).Code);
        Assert.Contains("Query.employers", none.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cost_above_the_maximum_is_refused_with_the_cost_in_extensions()
    {
        var result = Cost("{ regions(first: 100) { branches(first: 100) { id } } }");

        Assert.False(result.IsAllowed);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.MaxCost, error.Code);
        Assert.Equal(10_100d, error.Extensions["cost"]);
        Assert.Equal("The operation's static cost of 10100 is above the limit of 1000.", error.Message);
        Assert.Equal(new SourceLocation(1, 1), Assert.Single(error.Locations));
    }

    [Fact]
    public void Cost_within_the_maximum_is_allowed_and_still_reported()
    {
        var result = Cost("{ regions(first: 50) { branches(first: 10) { id } } }");

        Assert.True(result.IsAllowed);
        Assert.Equal(550, result.Cost);
        Assert.Equal(1_000, result.MaxCost);
    }

    [Fact]
    public void Fragments_count_once_per_spread()
    {
        var result = Cost("""
            { a: region(code: "1") { ...R } b: region(code: "2") { ...R } }
            fragment R on Region { branches(first: 2) { id } }
            """);

        Assert.Equal(2 * (1 + 2), result.Cost);
    }

    [Fact]
    public void Fragment_bomb_is_costed_without_expanding_it()
    {
        // each level spreads the one below ten times: 10^30 regions' worth if expanded
        var fragments = string.Join('\n', Enumerable.Range(0, 30).Select(i =>
            $"fragment F{i} on Region {{ {string.Join(' ', Enumerable.Range(0, 10).Select(j => $"b{j}: branches(first: 1) {{ region {{ ...F{i + 1} }} }}"))} }}"));
        var query = "{ region(code: \"x\") { ...F0 } }\n" + fragments + "\nfragment F30 on Region { code }";

        var result = Cost(query);

        Assert.True(result.Cost > 1e30);
        Assert.Equal(ErrorCodes.MaxCost, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Introspection_costs_nothing_so_tools_can_always_introspect()
    {
        var full = Cost(IntrospectionQuery.Get(IntrospectionQueryOptions.Full));

        Assert.True(full.IsAllowed);
        Assert.Equal(0, full.Cost);
        Assert.Equal(1, Cost("{ __typename __type(name: \"Region\") { name } region(code: \"1\") { code } }").Cost);
    }
}
