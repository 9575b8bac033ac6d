namespace BpjsTk.Schema.Coverage;

/// <summary>The areas or offices a coverage request is limited to.</summary>
internal sealed record CoverageScope(CoverageDimension Dimension, IReadOnlyList<int> Ids);
