using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Querying;

[Collection(PostgresTests.Name)]
public sealed class ProductProjectionTests(SampleSchema sample) : IClassFixture<SampleSchema>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_root_list_reads_the_selected_column_and_what_paging_needs(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var json = await host.ExecuteAsync("{ regions { nodes { name } } }");
        Assert.Contains("\"name\": \"Jawa Timur\"", json, StringComparison.Ordinal);
        // the name, plus the default order's code and the key for the cursors: not FullName
        var sql = Assert.Single(host.Statements.Statements);
        SnapshotAssert.Matches(sql, testName: $"{nameof(A_root_list_reads_the_selected_column_and_what_paging_needs)}_{provider}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_nested_single_object_reads_its_foreign_key_and_loads_in_one_batch(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var json = await host.ExecuteAsync("""{ provinces(first: 5, order: [{ code: ASC }]) { nodes { name region { name } } } }""");
        var provinces = JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("provinces").GetProperty("nodes");
        Assert.Equal(5, provinces.GetArrayLength());
        Assert.Equal("Aceh", provinces[0].GetProperty("name").GetString());
        Assert.All(provinces.EnumerateArray(), p => Assert.False(string.IsNullOrEmpty(p.GetProperty("region").GetProperty("name").GetString())));
        // the page reads RegionId for the region's DataLoader, which reads every region of the page in one statement
        Assert.Equal(2, host.Statements.Statements.Count);
        SnapshotAssert.Matches(string.Join("\n\n", host.Statements.Statements), testName: $"{nameof(A_nested_single_object_reads_its_foreign_key_and_loads_in_one_batch)}_{provider}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Resolver_fields_read_the_foreign_keys_they_declare(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var json = await host.ExecuteAsync("{ partnerPrograms(first: 100) { nodes { code startsIn partner { code } source { code } } } }");
        var programs = JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("partnerPrograms").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(programs);
        Assert.All(programs, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("partner").GetProperty("code").GetString())));
        Assert.Contains("\"PartnerId\"", host.Statements.Statements[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\"Description\"", host.Statements.Statements[0], StringComparison.Ordinal);
    }
}
