namespace BpjsTk.Api.Cli;

/// <summary>How far an import has read its file, in bytes and rows.</summary>
internal sealed record ImportProgress(string File, long BytesRead, long BytesTotal, long Rows, long Rejected, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}
