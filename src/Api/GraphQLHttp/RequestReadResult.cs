using System.Text.Json;
using BpjsTk.GraphQL.Execution;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>
/// A request read from HTTP, or why it could not be. Owns the parsed JSON that the request's
/// variables and extensions point into, so it must outlive the execution.
/// </summary>
internal sealed class RequestReadResult : IDisposable
{
    private readonly JsonDocument[] _documents;

    private RequestReadResult(GraphQLRequest? request, TransportError? error, JsonDocument[] documents)
    {
        Request = request;
        Error = error;
        _documents = documents;
    }

    public GraphQLRequest? Request { get; }

    public TransportError? Error { get; }

    public static RequestReadResult Success(GraphQLRequest request, params JsonDocument?[] documents) =>
        new(request, null, [.. documents.OfType<JsonDocument>()]);

    public static RequestReadResult Failure(TransportError error, params JsonDocument?[] documents)
    {
        foreach (var document in documents)
        {
            document?.Dispose();
        }
        return new(null, error, []);
    }

    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document.Dispose();
        }
    }
}
