using System.Net.Http.Headers;
using System.Text;
using BpjsTk.Api.Tests.TestHost;

namespace BpjsTk.Api.Tests.GraphQLHttp;

/// <summary>Sends GraphQL-over-HTTP requests the way clients do, with the headers under test spelled out.</summary>
internal static class GraphQLHttpTestClient
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static async Task<GraphQLResponse> PostAsync(HttpClient client, string body, string? accept = null, string? contentType = Json, string path = "/graphql")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return await GraphQLResponse.ReadAsync(await client.SendAsync(request));
    }

    public static async Task<GraphQLResponse> GetAsync(HttpClient client, string pathAndQuery, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return await GraphQLResponse.ReadAsync(await client.SendAsync(request));
    }

    /// <summary>POSTs <paramref name="query"/> as GraphQL-response JSON, with a bearer key when given; the raw response, headers and all.</summary>
    public static Task<HttpResponseMessage> SendQueryAsync(HttpClient client, string query, string? apiKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, Json),
        };
        request.Headers.Accept.ParseAdd(GraphQLResponseJson);
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        return client.SendAsync(request);
    }

    public static string Get(string query, string? variables = null) =>
        "/graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
}
