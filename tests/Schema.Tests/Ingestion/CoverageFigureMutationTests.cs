using System.Globalization;
using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using BpjsTk.Schema.Membership;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Tests.Ingestion;

/// <summary>Coverage figures recorded through the mutations: validated, idempotent, all-or-nothing, corrections recorded; on both providers.</summary>
[Collection(PostgresTests.Name)]
public sealed class CoverageFigureMutationTests(PostgresCluster cluster)
{
    private const string Record = """
        mutation($rows: [CoverageFigureInput!]!) {
          recordCoverageFigures(input: { rows: $rows }) {
            summary { inserted updated unchanged }
            errors { __typename ... on ValidationError { code field message } }
          }
        }
        """;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Invalid_rows_are_refused_with_their_paths_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);
        var before = await CountFiguresAsync(host);

        var result = await host.ExecuteAsync(Record, new
        {
            rows = new object[]
            {
                Figure("2026-01", "BPU", 120),
                new { officeCode = "KC-NOWHERE", period = "2999-01", category = "BPU", sourceCode = Source, activeParticipants = -5 },
            },
        });

        Assert.Contains("\"summary\": null", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.rows[1].officeCode\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.rows[1].period\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.rows[1].activeParticipants\"", result, StringComparison.Ordinal);
        Assert.DoesNotContain("rows[0]", result, StringComparison.Ordinal);
        Assert.Equal(before, await CountFiguresAsync(host));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Batch_with_a_bad_row_after_a_thousand_good_ones_writes_none_of_them(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);
        var before = await CountFiguresAsync(host);
        var rows = Enumerable.Range(0, 1_200).Select(i => i == 1_100 ? Figure("2999-01", "PU", 1) : Figure(MonthText(i), Categories[i / 300], 100 + i)).ToArray();

        var result = await host.ExecuteAsync(Record, new { rows });

        Assert.Contains("\"field\": \"input.rows[1100].period\"", result, StringComparison.Ordinal);
        Assert.Equal(before, await CountFiguresAsync(host));
        await using var db = host.Database();
        Assert.False(await db.Set<DataChange>().AnyAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Same_batch_sent_twice_changes_nothing_the_second_time(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);
        var rows = new[] { Figure("2026-01", "BPU", 120), Figure("2026-01", "PU", 900), Figure("2026-02", "BPU", 130) };

        var first = await host.ExecuteAsync(Record, new { rows });
        int changesAfterFirst, figuresAfterFirst;
        await using (var db = host.Database())
        {
            changesAfterFirst = await db.Set<DataChange>().CountAsync();
            figuresAfterFirst = await db.CoverageFigures.CountAsync();
        }

        var second = await host.ExecuteAsync(Record, new { rows });

        Assert.Contains("\"inserted\": 3", first, StringComparison.Ordinal);
        Assert.Contains("\"unchanged\": 3", second, StringComparison.Ordinal);
        Assert.Contains("\"inserted\": 0", second, StringComparison.Ordinal);
        await using var after = host.Database();
        Assert.Equal(3, changesAfterFirst);
        Assert.Equal(changesAfterFirst, await after.Set<DataChange>().CountAsync());
        Assert.Equal(figuresAfterFirst, await after.CoverageFigures.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Correction_replaces_the_figure_and_records_who_changed_it_and_when(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);
        const string One = """
            mutation($figure: CoverageFigureInput!) {
              recordCoverageFigure(input: $figure) { summary { inserted updated unchanged } errors { __typename } }
            }
            """;

        await host.ExecuteAsync(One, new { figure = Figure("2026-03", "BPU", 120) });
        var corrected = await host.ExecuteAsync(One, new { figure = Figure("2026-03", "BPU", 125) });

        Assert.Contains("\"updated\": 1", corrected, StringComparison.Ordinal);
        await using var db = host.Database();
        var figure = await db.CoverageFigures.SingleAsync(f => f.Period == new Data.Periods.Month(2026, 3) && f.Source!.Code == Source);
        Assert.Equal(125, figure.ActiveParticipants);
        var change = await db.Set<DataChange>().OrderBy(c => c.Id).LastAsync();
        Assert.Equal(DataChangeAction.Updated, change.Action);
        Assert.Equal("client:" + IngestionHost.ClientName, change.ChangedBy);
        Assert.Equal(IngestionHost.Now.UtcDateTime, change.ChangedAt);
        Assert.Contains("120", change.OldValues, StringComparison.Ordinal);
        Assert.Contains("125", change.NewValues, StringComparison.Ordinal);
    }

    // a source none of the sample figures for Jember cite, so these slices are new
    private const string Source = "JOGLO-JATENG-2024-REMBANG";

    private static readonly string[] Categories = ["PU", "BPU", "JAKON", "PMI"];

    private static object Figure(string period, string category, long active) =>
        new { officeCode = "KC-JEMBER", period, category, sourceCode = Source, activeParticipants = active };

    private static string MonthText(int i) => new DateOnly(2000, 1, 1).AddMonths(i % 300).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static async Task<int> CountFiguresAsync(IngestionHost host)
    {
        await using var db = host.Database();
        return await db.CoverageFigures.CountAsync();
    }
}
