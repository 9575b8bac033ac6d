using BpjsTk.Data.Ingestion;

namespace BpjsTk.Api.Cli;

/// <summary>One data line of an imported file: its number, its fields as written, the figure read from them and why it is refused, if it is.</summary>
internal sealed record ImportRow(long Line, string[] Fields, CoverageFigureRecord? Record)
{
    public List<string> Reasons { get; } = [];
}
