namespace BpjsTk.Api.ResponseCaching;

/// <summary>One answer as it was written: its media type and body bytes (always a 200 without errors), and the operation that produced it.</summary>
internal sealed record CachedResponse(string MediaType, byte[] Body, string? OperationName);
