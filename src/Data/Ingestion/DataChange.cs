namespace BpjsTk.Data.Ingestion;

/// <summary>One row of the change history: who changed which entity (by its natural key), when, and its values before and after.</summary>
public sealed class DataChange
{
    public long Id { get; set; }

    public DateTime ChangedAt { get; set; }

    /// <summary>A <see cref="ChangeActor"/>'s name.</summary>
    public required string ChangedBy { get; set; }

    /// <summary>The entity's name, e.g. <c>CoverageFigure</c>, <c>Employer</c>, <c>Target</c>.</summary>
    public required string Entity { get; set; }

    /// <summary>The entity's natural key as text (a figure's <see cref="Coverage.CoverageFigure.NaturalKey"/>, an employer's NPP).</summary>
    public required string EntityKey { get; set; }

    public DataChangeAction Action { get; set; }

    /// <summary>The changed values before, as a JSON object; null for an insert.</summary>
    public string? OldValues { get; set; }

    /// <summary>The values after, as a JSON object; null for a delete.</summary>
    public string? NewValues { get; set; }
}
