namespace BpjsTk.Api.GraphQLHttp;

/// <summary>The <c>extensions.code</c> values of errors the HTTP transport raises before the engine sees the request.</summary>
internal static class TransportErrorCodes
{
    /// <summary>The body is not valid JSON, or nests deeper than allowed.</summary>
    public const string InvalidJson = "HTTP_INVALID_JSON";

    /// <summary>The body or a parameter is valid JSON of the wrong shape (a body that is not an object, variables that are not an object, ...).</summary>
    public const string InvalidParameter = "HTTP_INVALID_PARAMETER";

    /// <summary>No <c>query</c> parameter was given.</summary>
    public const string MissingQuery = "HTTP_MISSING_QUERY";

    /// <summary>The request's Content-Type is missing or not <c>application/json</c> in UTF-8, or its Content-Encoding is neither gzip nor identity.</summary>
    public const string UnsupportedMediaType = "HTTP_UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The Accept header names no media type this endpoint can answer with.</summary>
    public const string NotAcceptable = "HTTP_NOT_ACCEPTABLE";

    /// <summary>The request body or query string is larger than <c>GraphQL:MaxRequestBytes</c>.</summary>
    public const string RequestTooLarge = "HTTP_REQUEST_TOO_LARGE";

    /// <summary>This build serves no schema (no executor registered).</summary>
    public const string SchemaUnavailable = "HTTP_SCHEMA_UNAVAILABLE";

    /// <summary>The body is a JSON array: batches of operations are not accepted.</summary>
    public const string BatchingNotSupported = "HTTP_BATCHING_NOT_SUPPORTED";

    /// <summary>The body claims an encoding (<c>Content-Encoding: gzip</c>) it does not have.</summary>
    public const string InvalidContentEncoding = "HTTP_INVALID_CONTENT_ENCODING";
}
