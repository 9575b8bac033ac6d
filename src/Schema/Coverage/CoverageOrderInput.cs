using BpjsTk.GraphQL.Data.Sorting;

namespace BpjsTk.Schema.Coverage;

/// <summary>One ordering of coverage rows.</summary>
internal sealed class CoverageOrderInput
{
    public CoverageSortField Field { get; set; }

    public SortDirection Direction { get; set; }
}
