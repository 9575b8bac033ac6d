using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.GraphQL;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Querying;

[Collection(PostgresTests.Name)]
public sealed class QueryCostTests(SampleSchema sample) : IClassFixture<SampleSchema>
{
    private const string Dashboard = """
        {
          regions(first: 10) {
            nodes {
              name
              provinces(first: 10) {
                name
                regencies(first: 10) { name offices(first: 10) { code name } }
              }
            }
          }
        }
        """;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_dashboard_of_four_nested_lists_ten_deep_is_accepted_and_runs_one_statement_per_level(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var root = await RunAsync(host, Dashboard);
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        var regions = root.GetProperty("data").GetProperty("regions").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(10, regions.Count);
        var provinces = regions.SelectMany(r => r.GetProperty("provinces").EnumerateArray()).ToList();
        Assert.All(regions, r => Assert.True(r.GetProperty("provinces").GetArrayLength() <= 10));
        Assert.All(provinces, p => Assert.True(p.GetProperty("regencies").GetArrayLength() <= 10));
        Assert.Contains(provinces, p => p.GetProperty("regencies").GetArrayLength() == 10);
        Assert.Equal(4, host.Statements.Statements.Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Pages_of_500_at_four_levels_are_refused_for_their_cost_before_any_sql(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var root = await RunAsync(host, Dashboard.Replace("first: 10", "first: 500", StringComparison.Ordinal));
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(ErrorCodes.MaxCost, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(root.TryGetProperty("data", out _));
        Assert.Empty(host.Statements.Statements);
    }

    [Fact]
    public void The_dashboards_estimate_is_the_product_of_its_page_sizes()
    {
        // 1 connection + 10 regions x (1 + 10 provinces x (1 + 10 regencies x (1 + 10 offices)))
        Assert.Equal(11_111, Cost(Dashboard));
        // without first, nested lists assume their @listSize: 10 provinces a region, 40 regencies a province, 3 offices a regency
        Assert.Equal(16_111, Cost("{ regions(first: 10) { nodes { provinces { regencies { offices { code } } } } } }"));
        // a root list without first assumes its default page of 50
        Assert.Equal(Cost("{ regencies(first: 50) { nodes { name } } }"), Cost("{ regencies { nodes { name } } }"));
        Assert.True(Cost(Dashboard) < BpjsTkSchema.Cost.MaxCost);
    }

    private static double Cost(string query)
    {
        var document = GraphQL.Language.GraphQLParser.Parse(query);
        var operation = document.Definitions.OfType<GraphQL.Language.OperationDefinitionNode>().Single();
        return GraphQL.Utilities.CostAnalysis.CostAnalyzer.Analyze(Product, document, operation).Cost;
    }

    private static readonly GraphQL.Types.Schema Product = BpjsTkSchema.Build();

    private static Task<JsonElement> RunAsync(SampleHost host, string query) => host.RunAsync(query, BpjsTkSchema.Cost);
}
