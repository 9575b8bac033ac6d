using System.Text.Json;
using BpjsTk.Api.GraphQLHttp;
using BpjsTk.Api.Telemetry;

namespace BpjsTk.Api.Security;

/// <summary>Answers a request refused before execution with a GraphQL error body, and its code.</summary>
internal static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int statusCode, string code, string message)
    {
        context.RequestServices.GetService<ApiMetrics>()?.Rejected(code);
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = (ResponseMediaType.Select(context.Request) ?? GraphQLMediaTypes.GraphQLResponse) + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
