namespace BpjsTk.Schema.Coverage;

/// <summary>A page of coverage rows with the number of rows of the whole report.</summary>
internal sealed record CoveragePage(IReadOnlyList<CoverageRow> Items, int Skip, int TotalCount)
{
    public bool HasNextPage => Skip + Items.Count < TotalCount;

    public bool HasPreviousPage => Skip > 0;
}
