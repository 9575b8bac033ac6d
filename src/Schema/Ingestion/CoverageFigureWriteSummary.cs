namespace BpjsTk.Schema.Ingestion;

/// <summary>What recording figures did: figures added, corrected, and sent again unchanged.</summary>
public sealed record CoverageFigureWriteSummary(int Inserted, int Updated, int Unchanged);
