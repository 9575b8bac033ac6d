using BpjsTk.Data.Ingestion;

namespace BpjsTk.Api.Cli;

/// <summary>How a file's import ended: the write's counts when committed, or how many rows were refused and where they went.</summary>
internal sealed record ImportOutcome(long Rows, long Rejected, string RejectedPath, CoverageFigureWriteResult? Result, TimeSpan Elapsed);
