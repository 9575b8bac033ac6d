using System.Globalization;
using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using BpjsTk.Schema.Membership;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Tests.Ingestion;

/// <summary>
/// Targets, potentials and sources set by many callers at once on PostgreSQL: one row per natural key, the value of the
/// write that committed last, and every write in the history, each correcting the one before.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class ConcurrentSetTests(PostgresCluster cluster)
{
    private const int Writers = 8;

    [PostgresFact]
    public async Task Concurrent_setTarget_calls_leave_one_row_with_the_last_value_and_every_change_in_the_history()
    {
        await using var host = await IngestionHost.CreateAsync(cluster, DatabaseProvider.Postgres, ApiScopes.DataWrite);

        var results = await Task.WhenAll(Enumerable.Range(1, Writers).Select(i => Task.Run(() => host.ExecuteAsync($$"""
            mutation {
              setTarget(input: { officeCode: "KC-JEMBER", period: "2019", category: PMI, measure: NEW_PARTICIPANTS, figure: {{i * 1000}}, sourceCode: "ANTARA-JATIM-2017-JEMBER" }) {
                target { figure } errors { __typename }
              }
            }
            """))));

        Assert.All(results, r => Assert.False(r.Contains("\"errors\": [", StringComparison.Ordinal), r));
        await using var db = host.Database();
        var target = Assert.Single(await db.Targets.Where(t => t.Period == Data.Periods.Month.EndOfYear(2019) && t.Category == Data.Programs.ParticipantCategoryCode.PMI).ToListAsync());
        var history = await db.Set<DataChange>().Where(c => c.Entity == "Target").OrderBy(c => c.Id).ToListAsync();
        AssertChain(history, "figure", target.Figure);
    }

    [PostgresFact]
    public async Task Concurrent_setWorkforcePotential_calls_leave_one_row_with_the_last_value_and_every_change_in_the_history()
    {
        await using var host = await IngestionHost.CreateAsync(cluster, DatabaseProvider.Postgres, ApiScopes.DataWrite);

        var results = await Task.WhenAll(Enumerable.Range(1, Writers).Select(i => Task.Run(() => host.ExecuteAsync($$"""
            mutation {
              setWorkforcePotential(input: { regencyCode: "35.09", period: "2020-08", category: JAKON, unit: WORKERS, count: {{i * 1000}}, isApproximate: false, sourceCode: "ANTARA-JATIM-2017-JEMBER" }) {
                workforcePotential { count } errors { __typename }
              }
            }
            """))));

        Assert.All(results, r => Assert.False(r.Contains("\"errors\": [", StringComparison.Ordinal), r));
        await using var db = host.Database();
        var potential = Assert.Single(await db.WorkforcePotentials.Where(w => w.Period == new Data.Periods.Month(2020, 8) && w.Category == Data.Programs.ParticipantCategoryCode.JAKON).ToListAsync());
        var history = await db.Set<DataChange>().Where(c => c.Entity == "WorkforcePotential").OrderBy(c => c.Id).ToListAsync();
        AssertChain(history, "count", potential.Count);
    }

    [PostgresFact]
    public async Task Concurrent_registerSource_calls_for_a_new_code_add_it_once()
    {
        await using var host = await IngestionHost.CreateAsync(cluster, DatabaseProvider.Postgres, ApiScopes.DataWrite);

        var results = await Task.WhenAll(Enumerable.Range(1, Writers).Select(i => Task.Run(() => host.ExecuteAsync($$"""
            mutation {
              registerSource(input: { code: "KC-JEMBER-EXPORT", kind: IMPORT, publisher: "KC Jember", title: "Export {{i}}", publishedYear: 2026 }) {
                source { code } errors { __typename }
              }
            }
            """))));

        Assert.All(results, r => Assert.Contains("\"code\": \"KC-JEMBER-EXPORT\"", r, StringComparison.Ordinal));
        await using var db = host.Database();
        var source = await db.Sources.SingleAsync(s => s.Code == "KC-JEMBER-EXPORT");
        var history = await db.Set<DataChange>().Where(c => c.Entity == "Source").OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(Writers, history.Count);
        Assert.Contains($"\"title\":\"{source.Title}\"", history[^1].NewValues, StringComparison.Ordinal);
    }

    /// <summary>One insert then an update per other writer, each starting from the value the one before left, ending at the stored value.</summary>
    private static void AssertChain(List<DataChange> history, string property, long stored)
    {
        Assert.Equal(Writers, history.Count);
        Assert.Equal(DataChangeAction.Inserted, history[0].Action);
        Assert.All(history.Skip(1), c => Assert.Equal(DataChangeAction.Updated, c.Action));
        for (var i = 1; i < history.Count; i++)
        {
            Assert.Equal(Value(history[i - 1].NewValues, property), Value(history[i].OldValues, property));
        }

        Assert.Equal(stored, Value(history[^1].NewValues, property));
        Assert.Equal(Writers, history.Select(c => Value(c.NewValues, property)).Distinct().Count());
    }

    private static long Value(string? json, string property)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json!);
        return long.Parse(document.RootElement.GetProperty(property).GetRawText(), CultureInfo.InvariantCulture);
    }
}
