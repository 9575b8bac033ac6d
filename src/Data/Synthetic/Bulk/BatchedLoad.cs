using System.Diagnostics;

namespace BpjsTk.Data.Synthetic.Bulk;

/// <summary>Writes tables batch by batch, reporting progress after each batch and timing each table.</summary>
internal sealed class BatchedLoad(IBulkWriter writer, int batchSize, IProgress<GenerationProgress>? progress)
{
    private readonly List<TableSummary> _tables = [];

    public IBulkWriter Writer => writer;

    public IReadOnlyList<TableSummary> Tables => _tables;

    public async Task WriteAsync<TEntity>(BulkTable<TEntity> table, IEnumerable<TEntity> rows, long planned, CancellationToken cancellationToken)
        where TEntity : class
    {
        var clock = Stopwatch.StartNew();
        long written = 0;
        progress?.Report(new GenerationProgress(table.Name, 0, planned, TimeSpan.Zero));
        foreach (var batch in rows.Chunk(batchSize))
        {
            await writer.WriteBatchAsync(table, batch, cancellationToken);
            written += batch.Length;
            progress?.Report(new GenerationProgress(table.Name, written, planned, clock.Elapsed));
        }

        _tables.Add(new TableSummary(table.Name, written, clock.Elapsed));
    }
}
