using BpjsTk.Data.Programs;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// One coverage figure: the slice by codes (an office and/or an area, the month, optionally a category, occupation, programme
/// and partner programme), the source, and the measures. Its natural key is the slice and the source: sending it again
/// changes nothing, sending other measures for it corrects the figure.
/// </summary>
public sealed record CoverageFigureInput
{
    public string? OfficeCode { get; init; }

    public string? RegionCode { get; init; }

    public string? ProvinceCode { get; init; }

    public string? RegencyCode { get; init; }

    /// <summary>The month, yyyy-MM.</summary>
    public required string Period { get; init; }

    /// <summary>Null for all categories.</summary>
    public ParticipantCategoryCode? Category { get; init; }

    public string? OccupationCode { get; init; }

    public ProgramCode? Program { get; init; }

    public string? PartnerProgramCode { get; init; }

    public required string SourceCode { get; init; }

    public long? ActiveParticipants { get; init; }

    public long? NewParticipants { get; init; }

    public long? ActiveEmployers { get; init; }

    public int? WadahCount { get; init; }

    public decimal? Contributions { get; init; }

    public decimal? CoverageRatePercent { get; init; }

    public bool? IsApproximate { get; init; }

    public string? Note { get; init; }
}
