using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Unicode;
using BpjsTk.Api.TrustedDocuments;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using Microsoft.Net.Http.Headers;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>Maps an HTTP request to a <see cref="GraphQLRequest"/> (GraphQL over HTTP, "Request"), or to the transport error it deserves.</summary>
internal static class GraphQLHttpRequestReader
{
    private static readonly IReadOnlySet<OperationType> QueriesOnly = new HashSet<OperationType> { OperationType.Query };

    /// <summary>A POST with a JSON body <c>{query, operationName, variables, extensions}</c>.</summary>
    public static async Task<RequestReadResult> ReadPostAsync(HttpRequest request, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        if (!IsJsonContentType(request.ContentType))
        {
            return RequestReadResult.Failure(new(StatusCodes.Status415UnsupportedMediaType, TransportErrorCodes.UnsupportedMediaType,
                $"A GraphQL POST must have Content-Type '{GraphQLMediaTypes.Json}' (UTF-8); this one has '{request.ContentType ?? "none"}'."));
        }
        if (request.ContentLength > options.MaxRequestBytes)
        {
            return RequestReadResult.Failure(TooLarge(options));
        }

        var (body, bodyError) = await ParseBodyAsync(request.BodyReader, options, cancellationToken);
        if (bodyError is not null)
        {
            return RequestReadResult.Failure(bodyError);
        }

        if (body!.RootElement.ValueKind is not JsonValueKind.Object)
        {
            return RequestReadResult.Failure(InvalidParameter("The request body must be a JSON object with a 'query' string."), body);
        }

        string? query = null;
        string? id = null;
        string? operationName = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        foreach (var property in body.RootElement.EnumerateObject())
        {
            var error = property.Name switch
            {
                "query" => ReadString(property.Value, "query", out query),
                "id" => ReadString(property.Value, "id", out id),
                "operationName" => ReadString(property.Value, "operationName", out operationName),
                "variables" => ReadObject(property.Value, "variables", out variables),
                "extensions" => ReadObject(property.Value, "extensions", out extensions),
                _ => null,
            };
            if (error is not null)
            {
                return RequestReadResult.Failure(error, body);
            }
        }
        var documentId = PersistedDocumentId.Of(id, extensions);
        if (query is null && documentId is null)
        {
            return RequestReadResult.Failure(MissingQuery(), body);
        }
        return RequestReadResult.Success(new GraphQLRequest(query, operationName, variables, extensions) { DocumentId = documentId }, body);
    }

    /// <summary>A GET with <c>query</c>, <c>operationName</c> and URL-encoded JSON <c>variables</c>/<c>extensions</c>; queries only.</summary>
    public static RequestReadResult ReadGet(HttpRequest request, GraphQLHttpOptions options)
    {
        if (request.QueryString.Value?.Length > options.MaxRequestBytes)
        {
            return RequestReadResult.Failure(TooLarge(options));
        }
        var query = request.Query["query"].ToString();
        JsonDocument? variables = null;
        JsonDocument? extensions = null;
        var error = ParseJsonParameter(request, "variables", options, out variables)
            ?? ParseJsonParameter(request, "extensions", options, out extensions);
        if (error is not null)
        {
            return RequestReadResult.Failure(error, variables, extensions);
        }

        var documentId = PersistedDocumentId.Of(request.Query["id"].ToString(), extensions?.RootElement);
        if (string.IsNullOrEmpty(query) && documentId is null)
        {
            return RequestReadResult.Failure(MissingQuery(), variables, extensions);
        }

        var operationName = request.Query["operationName"].ToString();
        var graphQLRequest = new GraphQLRequest(
            string.IsNullOrEmpty(query) ? null : query,
            string.IsNullOrEmpty(operationName) ? null : operationName,
            variables?.RootElement,
            extensions?.RootElement)
        {
            // GraphQL over HTTP, "GET": mutations must not run over GET.
            AllowedOperations = QueriesOnly,
            DocumentId = documentId,
        };
        return RequestReadResult.Success(graphQLRequest, variables, extensions);
    }

    /// <summary>Reads and parses the whole body, stopping as soon as it passes the limit.</summary>
    private static async Task<(JsonDocument? Body, TransportError? Error)> ParseBodyAsync(PipeReader reader, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        byte? firstByte = null;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            // a batch is refused on its first byte, before any of its operations is read or parsed
            var first = firstByte ??= FirstSignificantByte(buffer);
            if (first is (byte)'[')
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (null, new(StatusCodes.Status400BadRequest, TransportErrorCodes.BatchingNotSupported,
                    "This endpoint runs one operation per request; a JSON array of operations (a batch) is not accepted."));
            }
            if (buffer.Length > options.MaxRequestBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (null, TooLarge(options));
            }
            if (read.IsCompleted)
            {
                try
                {
                    // The JSON reader checks structure, not the UTF-8 inside strings; names would fail later, mid-request.
                    if (!Utf8.IsValid(buffer.IsSingleSegment ? buffer.FirstSpan : buffer.ToArray()))
                    {
                        return (null, new(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidJson, "The request body is not valid UTF-8."));
                    }
                    // A copy: a one-segment sequence would be parsed in place, and AdvanceTo hands that memory back to Kestrel's pool while the variables still point into it.
                    return (JsonDocument.Parse(buffer.ToArray(), JsonOptions(options)), null);
                }
                catch (JsonException exception)
                {
                    return (null, InvalidJson("The request body is not valid JSON", exception));
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static byte? FirstSignificantByte(ReadOnlySequence<byte> buffer)
    {
        foreach (var segment in buffer)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return b;
                }
            }
        }
        return null;
    }

    private static TransportError? ParseJsonParameter(HttpRequest request, string name, GraphQLHttpOptions options, out JsonDocument? document)
    {
        document = null;
        var text = request.Query[name].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        try
        {
            document = JsonDocument.Parse(text, JsonOptions(options));
        }
        catch (JsonException exception)
        {
            return InvalidJson($"The '{name}' parameter is not valid JSON", exception);
        }
        if (document.RootElement.ValueKind is JsonValueKind.Null)
        {
            return null;
        }
        return document.RootElement.ValueKind is JsonValueKind.Object
            ? null
            : InvalidParameter($"The '{name}' parameter must be a JSON object, not {Describe(document.RootElement.ValueKind)}.");
    }

    private static TransportError? ReadString(JsonElement value, string name, out string? result)
    {
        result = value.ValueKind is JsonValueKind.String ? value.GetString() : null;
        return value.ValueKind is JsonValueKind.String or JsonValueKind.Null
            ? null
            : InvalidParameter($"The '{name}' parameter must be a string, not {Describe(value.ValueKind)}.");
    }

    private static TransportError? ReadObject(JsonElement value, string name, out JsonElement? result)
    {
        result = value.ValueKind is JsonValueKind.Object ? value : null;
        return value.ValueKind is JsonValueKind.Object or JsonValueKind.Null
            ? null
            : InvalidParameter($"The '{name}' parameter must be a JSON object, not {Describe(value.ValueKind)}.");
    }

    private static bool IsJsonContentType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var value)
        && string.Equals(value.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (!value.Charset.HasValue || string.Equals(value.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));

    private static JsonDocumentOptions JsonOptions(GraphQLHttpOptions options) => new() { MaxDepth = options.MaxJsonDepth };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    public static TransportError TooLarge(GraphQLHttpOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, TransportErrorCodes.RequestTooLarge,
            $"The request is larger than the limit of {options.MaxRequestBytes} bytes.");

    // The parser's message names the byte position only, never the body's content (it may hold personal data).
    private static TransportError InvalidJson(string what, JsonException exception) =>
        new(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidJson,
            $"{what} (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}).");

    private static TransportError InvalidParameter(string message) =>
        new(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidParameter, message);

    private static TransportError MissingQuery() =>
        new(StatusCodes.Status400BadRequest, TransportErrorCodes.MissingQuery, "The request has no 'query' parameter holding a GraphQL document.");
}
