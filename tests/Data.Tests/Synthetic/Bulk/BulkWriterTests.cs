using System.Collections;
using BpjsTk.Data.Provenance;
using BpjsTk.Data.Synthetic.Bulk;
using BpjsTk.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BpjsTk.Data.Tests.Synthetic.Bulk;

[Collection(PostgresTests.Name)]
public sealed class BulkWriterTests(PostgresCluster cluster) : IDisposable
{
    private readonly TestDatabases _databases = new(cluster);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Cancelling_inside_a_batch_writes_none_of_its_rows_and_keeps_the_batches_before(DatabaseProvider provider)
    {
        var settings = await _databases.CreateAsync(provider, "bulk");
        await using var db = settings.CreateContext();
        await db.Database.MigrateAsync();
        await db.Database.OpenConnectionAsync();
        var writer = await OpenAsync(db);
        var table = new BulkTable<Source>(db, includeKey: false);
        using var cancellation = new CancellationTokenSource();

        await writer.WriteBatchAsync(table, new CancellingRows(Sources(0, 100), cancelAt: -1, cancellation), cancellation.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => writer.WriteBatchAsync(table, new CancellingRows(Sources(100, 100), cancelAt: 60, cancellation), cancellation.Token));

        var codes = await db.Sources.OrderBy(s => s.Id).Select(s => s.Code).ToListAsync();
        Assert.Equal(Sources(0, 100).Select(s => s.Code), codes);
    }

    public void Dispose() => _databases.Dispose();

    private static async Task<IBulkWriter> OpenAsync(BpjsTkDbContext db) => db.Database.GetDbConnection() switch
    {
        SqliteConnection sqlite => await SqliteBulkWriter.OpenAsync(sqlite, CancellationToken.None),
        NpgsqlConnection postgres => new PostgresBulkWriter(postgres),
        var other => throw new NotSupportedException(other.GetType().Name),
    };

    private static List<Source> Sources(int first, int count) => [.. Enumerable.Range(first, count).Select(i => new Source
    {
        Code = $"BULK-{i:D4}",
        Kind = SourceKind.Synthetic,
        Publisher = "test",
        Title = $"Row {i}",
        PublishedYear = 2025,
    })];

    /// <summary>Rows that cancel the load when row <c>cancelAt</c> is reached, as Ctrl+C would in the middle of a batch.</summary>
    private sealed class CancellingRows(List<Source> rows, int cancelAt, CancellationTokenSource cancellation) : IReadOnlyList<Source>
    {
        public int Count => rows.Count;

        public Source this[int index] => Reached(index);

        public IEnumerator<Source> GetEnumerator()
        {
            for (var i = 0; i < rows.Count; i++)
            {
                yield return Reached(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private Source Reached(int index)
        {
            if (index == cancelAt)
            {
                cancellation.Cancel();
            }

            return rows[index];
        }
    }
}
