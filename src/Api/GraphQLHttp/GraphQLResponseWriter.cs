using System.Buffers;
using System.Text;
using System.Text.Json;
using BpjsTk.Api.ResponseCaching;
using BpjsTk.GraphQL.Execution;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>Writes GraphQL responses straight into the response body's pipe; no JSON DOM in between.</summary>
internal static class GraphQLResponseWriter
{
    public static async Task WriteResultAsync(HttpResponse response, int statusCode, string mediaType, ExecutionResult result, CancellationToken cancellationToken)
    {
        Prepare(response, statusCode, mediaType);
        await using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            result.WriteTo(writer);
        }
        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    /// <summary>The result's <c>data</c> flattened to CSV rows (<see cref="CsvResponseWriter"/>).</summary>
    public static async Task WriteCsvAsync(HttpResponse response, ExecutionResult result, CancellationToken cancellationToken)
    {
        Prepare(response, StatusCodes.Status200OK, GraphQLMediaTypes.Csv);
        await response.Body.WriteAsync(RenderCsv(result), cancellationToken);
    }

    /// <summary>The response object as UTF-8 JSON bytes, for the response cache.</summary>
    public static byte[] RenderJson(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The result's <c>data</c> as UTF-8 CSV bytes (<see cref="CsvResponseWriter"/>).</summary>
    public static byte[] RenderCsv(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(result.ToJson());
        var data = document.RootElement.TryGetProperty("data", out var value) ? value : default;
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        CsvResponseWriter.Write(data, writer);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    /// <summary>
    /// A reporting answer, fresh or from the cache. It stays <c>no-store</c> like every answer: only this server knows when
    /// data changes and empties its cache, a browser or proxy keeping a copy would not.
    /// </summary>
    public static async Task WriteCachedAsync(HttpResponse response, CachedResponse answer, CancellationToken cancellationToken)
    {
        Prepare(response, StatusCodes.Status200OK, answer.MediaType);
        await response.Body.WriteAsync(answer.Body, cancellationToken);
    }

    /// <summary>A response with no <c>data</c> entry and one error (spec 7.1: a request error).</summary>
    public static async Task WriteErrorAsync(HttpResponse response, string mediaType, TransportError error, CancellationToken cancellationToken)
    {
        Prepare(response, error.StatusCode, mediaType);
        await using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", error.Code);
            if (error.ErrorId is { } errorId)
            {
                writer.WriteString(GraphQL.MaskedErrors.ErrorIdKey, errorId);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static void Prepare(HttpResponse response, int statusCode, string mediaType)
    {
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        // Answers may carry personal data (NIK, KPJ): shared caches must not keep them.
        response.Headers.CacheControl = "no-store";
    }
}
