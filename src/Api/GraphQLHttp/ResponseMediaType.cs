using Microsoft.Net.Http.Headers;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>Chooses the response media type from the Accept header (GraphQL over HTTP, "Body" and "Legacy watershed").</summary>
internal static class ResponseMediaType
{
    /// <summary>
    /// The highest-priority acceptable type: <c>application/graphql-response+json</c> when named or when Accept is
    /// absent, <c>application/json</c> when named or for a wildcard (legacy clients such as curl send <c>*/*</c>);
    /// null when nothing listed is acceptable (406).
    /// </summary>
    public static string? Select(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return GraphQLMediaTypes.GraphQLResponse;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var values))
        {
            return null;
        }
        foreach (var value in values.Where(v => v.Quality is not 0).OrderByDescending(v => v.Quality ?? 1))
        {
            if (!IsUtf8(value))
            {
                continue;
            }
            var type = value.MediaType.Value;
            if (string.Equals(type, GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.GraphQLResponse;
            }
            if (string.Equals(type, GraphQLMediaTypes.Csv, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.Csv;
            }
            if (string.Equals(type, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                || string.Equals(type, "application/*", StringComparison.OrdinalIgnoreCase)
                || string.Equals(type, "*/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.Json;
            }
        }
        return null;
    }

    /// <summary>True when the first type the client lists is HTML: a browser navigating to the endpoint.</summary>
    public static bool PrefersHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var values)
        && values.Count > 0
        && string.Equals(values[0].MediaType.Value, GraphQLMediaTypes.Html, StringComparison.OrdinalIgnoreCase);

    private static bool IsUtf8(MediaTypeHeaderValue value) =>
        !value.Charset.HasValue || string.Equals(value.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase);
}
