namespace BpjsTk.Api.ResponseCaching;

/// <summary>The query root fields whose answers depend only on the document, its variables and the caller's scopes.</summary>
internal sealed record CacheableRootFields(IReadOnlySet<string> Names);
