using BpjsTk.Data.Ingestion;

namespace BpjsTk.Schema.Ingestion;

/// <summary>One change of the history as the API shows it: when (ISO 8601, UTC), who, which entity by its natural key, and the values as JSON with enums by name.</summary>
internal sealed record DataChangeRecord(string ChangedAt, string ChangedBy, string Entity, string EntityKey, DataChangeAction Action, string? OldValues, string? NewValues);
