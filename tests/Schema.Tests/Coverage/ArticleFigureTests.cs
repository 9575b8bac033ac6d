using BpjsTk.Data;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Coverage;

/// <summary>The figures published in the source articles come back exactly, with their sources, on both providers.</summary>
[Collection(PostgresTests.Name)]
public sealed class ArticleFigureTests(SampleSchema sample) : IClassFixture<SampleSchema>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Jember_branch_had_19000_BPU_participants_in_2016_with_its_source(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var result = await host.ExecuteAsync("""
            {
              coverage(groupBy: [BRANCH, CATEGORY, PERIOD], where: { branchCodes: ["KC-JEMBER"], categories: [BPU], from: "2016", to: "2016" }) {
                totalCount
                items { branch { code name } category period activeParticipants target targetAttainment sources { publisher title publishedYear } }
              }
            }
            """);
        Assert.Contains("\"activeParticipants\": 19000", result, StringComparison.Ordinal);
        SnapshotAssert.Matches(result);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Jember_branch_with_its_pioneer_offices_had_63706_active_workers_and_5412_employers(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var result = await host.ExecuteAsync("""
            {
              coverage(groupBy: [BRANCH, PERIOD], where: { branchCodes: ["KC-JEMBER"], from: "2017", to: "2017" }) {
                items { branch { code subBranchOffices { code name } } period activeParticipants activeEmployers sources { publisher } }
              }
            }
            """);
        Assert.Contains("\"activeParticipants\": 63706", result, StringComparison.Ordinal);
        Assert.Contains("\"activeEmployers\": 5412", result, StringComparison.Ordinal);
        SnapshotAssert.Matches(result);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Sumatera_Selatan_BPU_coverage_rate_is_computed_against_a_potential_of_1_34_million(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var result = await host.ExecuteAsync("""
            {
              coverage(groupBy: [PROVINCE, CATEGORY, PERIOD], granularity: MONTH, where: { provinceCodes: ["16"], categories: [BPU] }) {
                items { province { name region { name } } category period activeParticipants potentialWorkforce coverageRate sources { publisher title } }
              }
            }
            """);
        Assert.Contains("\"activeParticipants\": 48858", result, StringComparison.Ordinal);
        Assert.Contains("\"potentialWorkforce\": 1340000", result, StringComparison.Ordinal);
        Assert.Contains("\"coverageRate\": 0.0364", result, StringComparison.Ordinal);
        SnapshotAssert.Matches(result);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Kalimantan_had_72798_informal_participants_in_1005_wadah_at_the_end_of_2013(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var result = await host.ExecuteAsync("""
            {
              coverage(groupBy: [REGION, CATEGORY, PERIOD], granularity: MONTH, where: { regionCodes: ["KALIMANTAN"], from: "2013-12", to: "2013-12" }) {
                items { region { code fullName } category period activeParticipants wadahCount coverageRate sources { publisher } }
              }
            }
            """);
        Assert.Contains("\"activeParticipants\": 72798", result, StringComparison.Ordinal);
        Assert.Contains("\"wadahCount\": 1005", result, StringComparison.Ordinal);
        Assert.Contains("\"coverageRate\": null", result, StringComparison.Ordinal);
        SnapshotAssert.Matches(result);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Regions_with_their_coverage_cost_the_list_and_one_grouped_statement(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var result = await host.ExecuteAsync("""{ regions(first: 20, where: { code: { neq: "NONE" } }, order: [{ name: ASC }]) { nodes { code coverage(period: "2013", category: BPU) { activeParticipants wadahCount } } } }""");
        Assert.Contains("\"activeParticipants\": 72798", result, StringComparison.Ordinal);
        Assert.Equal(11, CountOccurrences(result, "\"code\""));
        var statements = host.Statements.Statements;
        Assert.Equal(2, statements.Count);
        Assert.Contains("GROUP BY", statements[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Regions_with_their_coverage_and_its_sources_cost_one_more_statement_for_the_sources(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var result = await host.ExecuteAsync("""{ regions(first: 20, order: [{ name: ASC }]) { nodes { code coverage(period: "2013", category: BPU) { activeParticipants sources { publisher } } } } }""");
        Assert.Contains("\"publisher\": \"Bisnis.com\"", result, StringComparison.Ordinal);
        var statements = host.Statements.Statements;
        Assert.Equal(3, statements.Count);
        Assert.Contains("GROUP BY", statements[1], StringComparison.Ordinal);
        Assert.Contains("\"Sources\"", statements[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Change_from_the_previous_year_compares_the_Jember_branch_2017_with_2016(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var result = await host.ExecuteAsync("""
            {
              coverage(groupBy: [BRANCH, PERIOD], where: { branchCodes: ["KC-JEMBER"], from: "2017", to: "2017" }) {
                items { period activeParticipants changeFromPreviousPeriod { previousPeriod previousActiveParticipants absolute relative } }
              }
            }
            """);
        Assert.Contains("\"previousActiveParticipants\": 74000", result, StringComparison.Ordinal);
        Assert.Contains("\"absolute\": -10294", result, StringComparison.Ordinal);
        SnapshotAssert.Matches(result);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Jember_branch_2017_targets_of_29000_PU_and_18000_BPU_new_participants_come_back_with_their_source(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var result = await host.ExecuteAsync("""
            {
              coverage(groupBy: [BRANCH, CATEGORY, PERIOD], where: { branchCodes: ["KC-JEMBER"], from: "2017", to: "2017" }, order: [{ field: CATEGORY }]) {
                items { branch { code } category period newParticipants newParticipantsTarget newParticipantsTargetAttainment target sources { publisher title } }
              }
            }
            """);
        Assert.Contains("\"newParticipantsTarget\": 29000", result, StringComparison.Ordinal);
        Assert.Contains("\"newParticipantsTarget\": 18000", result, StringComparison.Ordinal);
        Assert.Contains("\"publisher\": \"Antara Jatim\"", result, StringComparison.Ordinal);
        SnapshotAssert.Matches(result);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "ASC", new[] { "Jawa Timur", "Kalimantan", "Sumbagsel" })]
    [InlineData(DatabaseProvider.Sqlite, "DESC", new[] { "Sumbagsel", "Kalimantan", "Jawa Timur" })]
    [PostgresData(DatabaseProvider.Postgres, "ASC", new[] { "Jawa Timur", "Kalimantan", "Sumbagsel" })]
    [PostgresData(DatabaseProvider.Postgres, "DESC", new[] { "Sumbagsel", "Kalimantan", "Jawa Timur" })]
    public async Task Sorting_by_region_orders_by_its_name_not_its_id(DatabaseProvider provider, string direction, string[] expected)
    {
        var host = await sample.GetAsync(provider);
        var result = await host.ExecuteAsync($$"""{ coverage(groupBy: [REGION], order: [{ field: REGION, direction: {{direction}} }]) { items { region { name } } } }""");
        using var document = System.Text.Json.JsonDocument.Parse(result);
        var names = document.RootElement.GetProperty("data").GetProperty("coverage").GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("region").GetProperty("name").GetString()).ToArray();
        Assert.Equal(expected, names);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task The_total_costs_a_statement_only_when_selected_and_the_previous_period_none(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        await host.ExecuteAsync("""{ coverage(groupBy: [BRANCH, CATEGORY, PERIOD], take: 1) { items { activeParticipants } } }""");
        Assert.Single(host.Statements.Statements);

        var result = await host.ExecuteAsync("""{ coverage(groupBy: [BRANCH, CATEGORY, PERIOD], take: 1) { totalCount items { activeParticipants changeFromPreviousPeriod { absolute } } } }""");
        Assert.Contains("\"totalCount\": 9", result, StringComparison.Ordinal);
        Assert.Equal(2, host.Statements.Statements.Count);
    }

    [Fact]
    public async Task Coverage_is_grouped_by_the_database()
    {
        var host = await sample.GetAsync(DatabaseProvider.Sqlite);
        await host.ExecuteAsync("""{ coverage(groupBy: [REGION, CATEGORY], order: [{ field: COVERAGE_RATE, direction: DESC }]) { items { activeParticipants coverageRate } } }""");
        var aggregate = host.Statements.Statements[0];
        Assert.Contains("GROUP BY", aggregate, StringComparison.Ordinal);
        SnapshotAssert.Matches(aggregate);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
