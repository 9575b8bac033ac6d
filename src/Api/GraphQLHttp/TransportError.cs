namespace BpjsTk.Api.GraphQLHttp;

/// <summary>
/// A request the transport rejects before execution: the HTTP status and the single GraphQL error it answers with;
/// <paramref name="ErrorId"/> names the log entry of a server-side failure.
/// </summary>
internal sealed record TransportError(int StatusCode, string Code, string Message, string? ErrorId = null);
