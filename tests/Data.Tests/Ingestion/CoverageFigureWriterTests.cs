using BpjsTk.Data.Coverage;
using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Periods;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Tests.Ingestion;

[Collection(PostgresTests.Name)]
public sealed class CoverageFigureWriterTests(PostgresCluster cluster) : IDisposable
{
    private readonly TestDatabases _databases = new(cluster);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Sending_the_same_batch_again_changes_nothing(DatabaseProvider provider)
    {
        var database = await IngestionDatabase.CreateAsync(_databases, provider);
        var year = IngestionDatabase.Year(2024, 1_000);

        var first = await database.WriteAsync(year);
        var totals = await database.TotalsAsync();
        var changes = await database.ChangesAsync();
        var second = await database.WriteAsync(year);

        Assert.Equal((48, 0, 0), (first.Inserted, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 48), (second.Inserted, second.Updated, second.Unchanged));
        Assert.Equal((48, (48 * 1_000L) + (4 * 78)), totals);
        Assert.Equal(totals, await database.TotalsAsync());
        Assert.Equal(48, changes.Count);
        Assert.All(changes, c => Assert.Equal(DataChangeAction.Inserted, c.Action));
        Assert.Equal(changes.Count, (await database.ChangesAsync()).Count);
        Assert.Equal(1, database.Notifier.Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_correction_replaces_the_figure_and_keeps_who_changed_it_and_when(DatabaseProvider provider)
    {
        var database = await IngestionDatabase.CreateAsync(_databases, provider);
        await database.WriteAsync([IngestionDatabase.Figure("2024-05", "BPU", 19_000)], who: "kc-jember");
        database.Clock.Now = database.Clock.Now.AddDays(3);

        var corrected = await database.WriteAsync([IngestionDatabase.Figure("2024-05", "BPU", 19_450)], who: "bi-team");

        Assert.Equal((0, 1, 0), (corrected.Inserted, corrected.Updated, corrected.Unchanged));
        await using var db = database.CreateContext();
        var figure = await db.CoverageFigures.SingleAsync(f => f.Source!.Code == IngestionDatabase.SourceCode);
        Assert.Equal(19_450, figure.ActiveParticipants);
        Assert.Equal("client:bi-team", figure.LastChangedBy);
        Assert.Equal(database.Clock.Now.UtcDateTime, figure.LastChangedAt);
        var change = (await database.ChangesAsync())[^1];
        Assert.Equal((DataChangeAction.Updated, "client:bi-team", figure.NaturalKey), (change.Action, change.ChangedBy, change.EntityKey));
        Assert.Contains("\"activeParticipants\":19000", change.OldValues, StringComparison.Ordinal);
        Assert.Contains("\"activeParticipants\":19450", change.NewValues, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Rows_with_unknown_codes_are_refused_by_field_and_nothing_is_written(DatabaseProvider provider)
    {
        var database = await IngestionDatabase.CreateAsync(_databases, provider);
        List<CoverageFigureRecord> rows =
        [
            IngestionDatabase.Figure("2024-01", "PU", 100),
            IngestionDatabase.Figure("2024-01", "BPU", 50) with { OfficeCode = "KC-NOWHERE" },
            IngestionDatabase.Figure("2024-13", "PU", 100) with { SourceCode = "NO-SUCH-SOURCE" },
        ];

        var result = await database.WriteAsync(rows);

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["rows[1].officeCode INGEST_UNKNOWN_CODE", "rows[2].sourceCode INGEST_UNKNOWN_CODE", "rows[2].period INGEST_PERIOD_INVALID"],
            result.Errors.Select(e => $"{e.Path} {e.Code}"));
        Assert.Equal((0, 0L), await database.TotalsAsync());
        Assert.Empty(await database.ChangesAsync());
        Assert.Equal(0, database.Notifier.Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_batch_that_fails_half_way_leaves_the_database_as_it_was(DatabaseProvider provider)
    {
        var database = await IngestionDatabase.CreateAsync(_databases, provider);
        await database.WriteAsync(IngestionDatabase.Year(2023, 500));
        var before = (await database.TotalsAsync(), (await database.ChangesAsync()).Count);
        List<CoverageFigureRecord> large = [.. Enumerable.Range(2000, 60).SelectMany(year => IngestionDatabase.Year(year, 7))];
        Assert.True(large.Count > 2 * CoverageFigureWriteSession.BatchSize);

        await using (var db = database.CreateContext(new FailingRead(failOn: 3)))
        {
            var writer = new CoverageFigureWriter(db, database.Notifier, database.Clock);
            await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(large, ChangeActor.Client("bi-team"), CancellationToken.None));
        }

        Assert.Equal(before, (await database.TotalsAsync(), (await database.ChangesAsync()).Count));
        Assert.Equal(1, database.Notifier.Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_figure_cannot_be_stored_twice_even_with_empty_key_columns(DatabaseProvider provider)
    {
        var database = await IngestionDatabase.CreateAsync(_databases, provider);
        await using var db = database.CreateContext();
        var sourceId = await db.Sources.Where(s => s.Code == IngestionDatabase.SourceCode).Select(s => s.Id).SingleAsync();
        CoverageFigure National() => new() { Period = new Month(2024, 1), SourceId = sourceId, ActiveParticipants = 1 };
        db.CoverageFigures.Add(National());
        await db.SaveChangesAsync();
        db.CoverageFigures.Add(National());

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [PostgresFact]
    public async Task Eight_concurrent_writers_with_overlapping_batches_leave_exactly_the_expected_totals()
    {
        var database = await IngestionDatabase.CreateAsync(_databases, DatabaseProvider.Postgres);

        // Writer w sends years 2000+w and 2001+w: each year but the first and last is sent by two writers at once.
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(() =>
            database.WriteAsync([.. IngestionDatabase.Year(2000 + w, 1_000), .. IngestionDatabase.Year(2001 + w, 1_000)], who: $"writer-{w}"))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(9 * 48, results.Sum(r => r.Inserted));
        Assert.Equal(7 * 48, results.Sum(r => r.Unchanged));
        Assert.Equal(0, results.Sum(r => r.Updated));
        Assert.Equal((9 * 48, 9 * ((48 * 1_000L) + (4 * 78))), await database.TotalsAsync());
        Assert.Equal(9 * 48, (await database.ChangesAsync()).Count);
    }

    public void Dispose() => _databases.Dispose();
}
