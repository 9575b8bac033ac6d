namespace BpjsTk.Schema.Ingestion;

/// <summary>A batch of coverage figures, written all together or not at all.</summary>
public sealed record RecordCoverageFiguresInput
{
    public required IReadOnlyList<CoverageFigureInput> Rows { get; init; }
}
