namespace BpjsTk.Api.GraphQLHttp;

/// <summary>A request the transport rejects before execution: the HTTP status and the single GraphQL error it answers with.</summary>
internal sealed record TransportError(int StatusCode, string Code, string Message);
