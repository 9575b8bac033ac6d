namespace BpjsTk.Data.Ingestion;

/// <summary>
/// One coverage figure as a branch or partner sends it: the slice by codes, the month as <c>yyyy-MM</c>, and the measures.
/// A null code leaves that dimension out (a null category is all categories); a null measure was not reported.
/// </summary>
public sealed record CoverageFigureRecord
{
    public string? OfficeCode { get; init; }

    public string? RegionCode { get; init; }

    public string? ProvinceCode { get; init; }

    /// <summary>The regency's Kemendagri code, e.g. <c>35.09</c>.</summary>
    public string? RegencyCode { get; init; }

    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public required string Period { get; init; }

    /// <summary><c>PU</c>, <c>BPU</c>, <c>JAKON</c> or <c>PMI</c>.</summary>
    public string? Category { get; init; }

    public string? OccupationCode { get; init; }

    /// <summary><c>JKK</c>, <c>JKM</c>, <c>JHT</c>, <c>JP</c> or <c>JKP</c>.</summary>
    public string? Program { get; init; }

    public string? PartnerProgramCode { get; init; }

    public required string SourceCode { get; init; }

    public long? ActiveParticipants { get; init; }

    public long? NewParticipants { get; init; }

    public long? ActiveEmployers { get; init; }

    public int? WadahCount { get; init; }

    public decimal? Contributions { get; init; }

    public decimal? CoverageRatePercent { get; init; }

    public bool IsApproximate { get; init; }

    public string? Note { get; init; }

    /// <summary>The slice by codes without the category, so a total and its category parts share it.</summary>
    public string SliceWithoutCategory =>
        string.Join('|', Period, OfficeCode, RegionCode, ProvinceCode, RegencyCode, OccupationCode, Program, PartnerProgramCode, SourceCode);

    /// <summary>The natural key by codes: two records with the same key describe the same figure.</summary>
    public string KeyByCodes => SliceWithoutCategory + "|" + Category;
}
