using System.Net;
using System.Text.Json;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>What a client sees of a GraphQL HTTP answer: status, media type, headers and the parsed body.</summary>
internal sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, string? Charset, HttpResponseMessage Message, JsonElement Body)
{
    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage message)
    {
        var text = await message.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement.Clone();
        return new(message.StatusCode, message.Content.Headers.ContentType?.MediaType, message.Content.Headers.ContentType?.CharSet, message, body);
    }

    public string? FirstErrorCode =>
        Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
        && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public bool HasData => Body.TryGetProperty("data", out _);
}
