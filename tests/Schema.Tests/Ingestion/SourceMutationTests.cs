using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Provenance;
using BpjsTk.Schema.Membership;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Tests.Ingestion;

/// <summary>Sources registered through the registerSource mutation, on both providers.</summary>
[Collection(PostgresTests.Name)]
public sealed class SourceMutationTests(PostgresCluster cluster)
{
    private const string Register = """
        mutation {
          registerSource(input: {
            code: "BPS-JATIM-2025-SAKERNAS", kind: OFFICIAL_STATISTICS, publisher: "BPS Jawa Timur",
            title: "TITLE", publishedOn: "2025-11-05", url: "https://jatim.bps.go.id/sakernas-2025"
          }) { source { code kind publisher title publishedOn publishedYear url } errors { __typename } }
        }
        """;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Invalid_source_is_refused_with_each_broken_rule_naming_its_field_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);

        var result = await host.ExecuteAsync("""
            mutation {
              registerSource(input: {
                code: "bps jatim", kind: SYNTHETIC, publisher: "", title: "Sakernas", publishedYear: 2031, url: "jatim.bps.go.id"
              }) { source { code } errors { __typename ... on ValidationError { code field message } } }
            }
            """);

        Assert.Contains("\"source\": null", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.code\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.kind\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.publisher\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.publishedYear\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.url\"", result, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"INGEST_PERIOD_IN_FUTURE\"", result, StringComparison.Ordinal);
        await using var db = host.Database();
        Assert.False(await db.Sources.AnyAsync(s => s.Title == "Sakernas"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Source_is_added_by_code_sent_again_changes_nothing_and_a_correction_is_recorded_with_both_values(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);

        var added = await host.ExecuteAsync(Register.Replace("TITLE", "Sakernas Agustus 2025", StringComparison.Ordinal));
        await host.ExecuteAsync(Register.Replace("TITLE", "Sakernas Agustus 2025", StringComparison.Ordinal));
        var corrected = await host.ExecuteAsync(Register.Replace("TITLE", "Keadaan Ketenagakerjaan Jawa Timur Agustus 2025", StringComparison.Ordinal));

        Assert.Contains("\"publishedYear\": 2025", added, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"OFFICIAL_STATISTICS\"", added, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Keadaan Ketenagakerjaan Jawa Timur Agustus 2025\"", corrected, StringComparison.Ordinal);
        await using var db = host.Database();
        var source = await db.Sources.SingleAsync(s => s.Code == "BPS-JATIM-2025-SAKERNAS");
        Assert.Equal((SourceKind.OfficialStatistics, new DateOnly(2025, 11, 5)), (source.Kind, source.PublishedOn));
        var changes = await db.Set<DataChange>().Where(c => c.Entity == "Source" && c.EntityKey == "BPS-JATIM-2025-SAKERNAS").OrderBy(c => c.Id).ToListAsync();
        Assert.Equal([DataChangeAction.Inserted, DataChangeAction.Updated], changes.Select(c => c.Action));
        Assert.All(changes, c => Assert.Equal("client:" + IngestionHost.ClientName, c.ChangedBy));
        Assert.Contains("\"title\":\"Sakernas Agustus 2025\"", changes[1].OldValues, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"OFFICIAL_STATISTICS\"", changes[1].NewValues, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Registered_source_can_be_cited_by_a_figure_at_once(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);

        await host.ExecuteAsync(Register.Replace("TITLE", "Sakernas Agustus 2025", StringComparison.Ordinal));
        var figure = await host.ExecuteAsync("""
            mutation {
              recordCoverageFigure(input: { regencyCode: "35.09", period: "2025-08", category: BPU, sourceCode: "BPS-JATIM-2025-SAKERNAS", activeParticipants: 120000 }) {
                summary { inserted } errors { __typename }
              }
            }
            """);

        Assert.Contains("\"inserted\": 1", figure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generated_source_cannot_be_replaced_through_the_api()
    {
        await using var host = await IngestionHost.CreateAsync(cluster, DatabaseProvider.Sqlite, ApiScopes.DataWrite);
        await using (var db = host.Database())
        {
            db.Sources.Add(new Source { Code = "SYNTHETIC-42", Kind = SourceKind.Synthetic, Publisher = "Generator", Title = "Synthetic", PublishedYear = 2025 });
            await db.SaveChangesAsync();
        }

        var result = await host.ExecuteAsync(Register
            .Replace("BPS-JATIM-2025-SAKERNAS", "SYNTHETIC-42", StringComparison.Ordinal)
            .Replace("errors { __typename }", "errors { ... on ValidationError { code field } }", StringComparison.Ordinal));

        Assert.Contains("\"code\": \"INGEST_OUT_OF_RANGE\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.code\"", result, StringComparison.Ordinal);
        await using var check = host.Database();
        Assert.Equal(SourceKind.Synthetic, (await check.Sources.SingleAsync(s => s.Code == "SYNTHETIC-42")).Kind);
    }
}
