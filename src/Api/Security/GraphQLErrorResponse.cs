using System.Text.Json;
using BpjsTk.Api.GraphQLHttp;
using BpjsTk.Api.Telemetry;

namespace BpjsTk.Api.Security;

/// <summary>Answers a request refused before execution with a GraphQL error body, its code and extra extensions.</summary>
internal static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int statusCode, string code, string message, int? retryAfterSeconds = null)
    {
        context.RequestServices.GetService<ApiMetrics>()?.Rejected(code);
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = (ResponseMediaType.Select(context.Request) ?? GraphQLMediaTypes.GraphQLResponse) + "; charset=utf-8";
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var writer = new Utf8JsonWriter(response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        if (retryAfterSeconds is { } retry)
        {
            writer.WriteNumber("retryAfterSeconds", retry);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
