namespace BpjsTk.Data.Synthetic;

/// <summary>What a completed run wrote.</summary>
public sealed record GenerationSummary(string SourceCode, IReadOnlyList<TableSummary> Tables, TimeSpan Elapsed, long DatabaseSizeBytes)
{
    public long TotalRows => Tables.Sum(t => t.Rows);

    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? TotalRows / Elapsed.TotalSeconds : 0;
}
