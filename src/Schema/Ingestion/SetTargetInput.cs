using BpjsTk.Data.Coverage;
using BpjsTk.Data.Programs;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// A planned figure for one office or area (give exactly one code), a period, a category and a measure, as a source states it.
/// Setting it again for the same slice and source replaces the figure.
/// </summary>
public sealed record SetTargetInput
{
    public string? OfficeCode { get; init; }

    public string? RegionCode { get; init; }

    public string? ProvinceCode { get; init; }

    public string? RegencyCode { get; init; }

    /// <summary>yyyy-MM, or yyyy for a year's target (filed under December).</summary>
    public required string Period { get; init; }

    /// <summary>Null for all categories.</summary>
    public ParticipantCategoryCode? Category { get; init; }

    public TargetMeasure Measure { get; init; }

    public long Figure { get; init; }

    public required string SourceCode { get; init; }
}
