namespace BpjsTk.Schema.Coverage;

/// <summary>A coverage question: group by these dimensions, keep these figures, order and page the rows.</summary>
internal sealed record CoverageRequest(
    IReadOnlyList<CoverageDimension> GroupBy,
    PeriodGranularity Granularity,
    CoverageFilterInput Filter,
    IReadOnlyList<CoverageOrderInput> Order,
    int Skip,
    int Take)
{
    /// <summary>Keeps only the figures of these areas or offices, for the coverage fields on the types themselves.</summary>
    public CoverageScope? Scope { get; init; }
}
