namespace BpjsTk.Data.Ingestion;

/// <summary>What one committed write changed: the entity's name and how many rows it inserted and updated.</summary>
public sealed record DataChanged(string Entity, int Inserted, int Updated, DateTime ChangedAt);
