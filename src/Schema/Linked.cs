namespace BpjsTk.Schema;

/// <summary>An entity reached through a link table, with the parent key it is linked to, for batching.</summary>
internal sealed record Linked<T>(int Key, T Value);
