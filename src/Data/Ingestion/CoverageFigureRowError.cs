namespace BpjsTk.Data.Ingestion;

/// <summary>Why one row of a batch was refused: its index in the batch, the field (<see cref="CoverageFigureFields"/>), a code and a message.</summary>
public sealed record CoverageFigureRowError(int Index, string Field, string Code, string Message)
{
    /// <summary>The field's path in a batch input, e.g. <c>rows[3].period</c>.</summary>
    public string Path => $"rows[{Index}].{Field}";
}
