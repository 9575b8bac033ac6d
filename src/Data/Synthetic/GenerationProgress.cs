namespace BpjsTk.Data.Synthetic;

/// <summary>How far the load of one table has come.</summary>
public sealed record GenerationProgress(string Table, long RowsWritten, long RowsPlanned, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? RowsWritten / Elapsed.TotalSeconds : 0;
}
