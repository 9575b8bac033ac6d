using BpjsTk.Data;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Querying;

[Collection(PostgresTests.Name)]
public sealed class ProjectionSqlTests(PostgresCluster cluster) : IDisposable
{
    private readonly GeographyDatabase _database = new(cluster);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Nested_lists_of_provinces_and_regencies_run_in_one_statement(DatabaseProvider provider)
    {
        await using var host = new GeographyQueryHost(await Database().SeededAsync(provider));
        var json = await host.RunAsync("""
            { regions(where: { code: { eq: "JAWA-TIMUR" } }) { code provinces { code regencies { code name province { name } } } } }
            """);
        // EF Core projects nested collections as correlated joins: one statement, never one per parent
        Assert.Single(host.Log.Commands);
        var region = Assert.Single(json.GetProperty("data").GetProperty("regions").EnumerateArray());
        var province = Assert.Single(region.GetProperty("provinces").EnumerateArray());
        Assert.Equal("35", province.GetProperty("code").GetString());
        Assert.Contains(province.GetProperty("regencies").EnumerateArray(), r => r.GetProperty("name").GetString() == "Kabupaten Jember");
        Assert.Equal(38, province.GetProperty("regencies").GetArrayLength());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Two_scalar_fields_read_only_their_columns(DatabaseProvider provider)
    {
        await using var host = new GeographyQueryHost(await Database().SeededAsync(provider));
        await host.RunAsync("{ regions(order: [{ code: ASC }]) { code name } }");
        var sql = Assert.Single(host.Log.Commands);
        SnapshotAssert.Matches(sql, testName: $"{nameof(Two_scalar_fields_read_only_their_columns)}_{provider}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_filtered_page_with_total_count_runs_two_statements(DatabaseProvider provider)
    {
        await using var host = new GeographyQueryHost(await Database().SeededAsync(provider));
        var json = await host.RunAsync("""
            { regencies(first: 3, where: { province: { code: { eq: "35" } }, kind: { eq: KOTA } }, order: [{ name: DESC }]) { totalCount nodes { code name } pageInfo { hasNextPage } } }
            """);
        Assert.Equal(2, host.Log.Commands.Count);
        var page = json.GetProperty("data").GetProperty("regencies");
        Assert.Equal(9, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(3, page.GetProperty("nodes").GetArrayLength());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    public void Dispose() => _database.Dispose();

    private GeographyDatabase Database() => _database;
}
