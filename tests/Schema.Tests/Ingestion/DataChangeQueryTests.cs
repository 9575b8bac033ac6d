using BpjsTk.Data;
using BpjsTk.Schema.Membership;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Ingestion;

/// <summary>The dataChanges query over the history the mutations wrote, on both providers.</summary>
[Collection(PostgresTests.Name)]
public sealed class DataChangeQueryTests(PostgresCluster cluster)
{
    private const string SetTarget = """
        mutation {
          setTarget(input: { officeCode: "KC-JEMBER", period: "2018", category: BPU, measure: ACTIVE_PARTICIPANTS, figure: FIGURE, sourceCode: "ANTARA-JATIM-2017-JEMBER" }) {
            errors { __typename }
          }
        }
        """;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task History_lists_an_entitys_changes_newest_first_paged_with_enum_names(DatabaseProvider provider)
    {
        await using var host = await WrittenAsync(provider);

        var page = await host.ExecuteAsync("""
            {
              dataChanges(entity: "Target", take: 1) {
                totalCount pageInfo { hasNextPage hasPreviousPage }
                items { changedAt changedBy entity action oldValues newValues }
              }
            }
            """);

        Assert.Contains("\"totalCount\": 2", page, StringComparison.Ordinal);
        Assert.Contains("\"hasNextPage\": true", page, StringComparison.Ordinal);
        Assert.Contains("\"action\": \"UPDATED\"", page, StringComparison.Ordinal);
        Assert.Contains("\"changedAt\": \"2026-11-22T03:00:00.0000000Z\"", page, StringComparison.Ordinal);
        Assert.Contains("\"changedBy\": \"client:bi-team\"", page, StringComparison.Ordinal);
        Assert.Contains("\\\"measure\\\":\\\"ACTIVE_PARTICIPANTS\\\"", page, StringComparison.Ordinal);
        Assert.Contains("\\\"category\\\":\\\"BPU\\\"", page, StringComparison.Ordinal);
        Assert.Contains("\\\"figure\\\":19000", page, StringComparison.Ordinal);
        var next = await host.ExecuteAsync("""{ dataChanges(entity: "Target", skip: 1, take: 1) { pageInfo { hasNextPage } items { action } } }""");
        Assert.Contains("\"action\": \"INSERTED\"", next, StringComparison.Ordinal);
        Assert.Contains("\"hasNextPage\": false", next, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task History_filters_by_actor_and_time_range(DatabaseProvider provider)
    {
        await using var host = await WrittenAsync(provider);

        var all = await host.ExecuteAsync("""{ dataChanges(changedBy: "client:bi-team", changedFrom: "2026-11-22T10:00:00+07:00") { totalCount } }""");
        var nobody = await host.ExecuteAsync("""{ dataChanges(changedBy: "cli:operator") { totalCount } }""");
        var before = await host.ExecuteAsync("""{ dataChanges(changedBefore: "2026-11-22T03:00:00Z") { totalCount } }""");
        var employer = await host.ExecuteAsync("""{ dataChanges(entity: "Partner", entityKey: "BPD-JATIM") { totalCount items { newValues } } }""");

        Assert.Contains("\"totalCount\": 3", all, StringComparison.Ordinal);
        Assert.Contains("\"totalCount\": 0", nobody, StringComparison.Ordinal);
        Assert.Contains("\"totalCount\": 0", before, StringComparison.Ordinal);
        Assert.Contains("\"totalCount\": 1", employer, StringComparison.Ordinal);
        Assert.Contains("\\\"kind\\\":\\\"BANK\\\"", employer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_that_is_not_iso_8601_is_an_error_with_a_code()
    {
        await using var host = await IngestionHost.CreateAsync(cluster, DatabaseProvider.Sqlite, ApiScopes.Admin);

        var result = await host.ExecuteAsync("""{ dataChanges(changedFrom: "last tuesday") { totalCount } }""");

        Assert.Contains("\"code\": \"INGEST_FORMAT_INVALID\"", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_needs_data_write_or_admin()
    {
        await using var host = await IngestionHost.CreateAsync(cluster, DatabaseProvider.Sqlite, ApiScopes.ReportsRead);

        var result = await host.ExecuteAsync("""{ dataChanges { totalCount } }""");

        Assert.Contains("\"code\": \"AUTH_NOT_AUTHORIZED\"", result, StringComparison.Ordinal);
    }

    /// <summary>A target set and corrected, and a partner registered: three changes by the host's client at its clock's time.</summary>
    private async Task<IngestionHost> WrittenAsync(DatabaseProvider provider)
    {
        var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);
        await host.ExecuteAsync(SetTarget.Replace("FIGURE", "18000", StringComparison.Ordinal));
        await host.ExecuteAsync(SetTarget.Replace("FIGURE", "19000", StringComparison.Ordinal));
        await host.ExecuteAsync("""mutation { registerPartner(input: { code: "BPD-JATIM", name: "Bank Jatim", kind: BANK }) { errors { __typename } } }""");
        return host;
    }
}
