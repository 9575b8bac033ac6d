namespace BpjsTk.Data.Synthetic;

public sealed record TableSummary(string Table, long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : 0;
}
