using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BpjsTk.Api.Tests.TestHost;

namespace BpjsTk.Api.Tests.Csv;

public sealed class CsvEndpointTests
{
    [Fact]
    public async Task Accept_text_csv_answers_the_rows_of_a_query_with_dotted_column_names()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Database:InitializeOnStart"] = "true" }, withSchema: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ regions(first: 2, order: [{ name: ASC }]) { nodes { code name } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await factory.CreateClient().SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["regions.nodes.code,regions.nodes.name", "BANTEN,Banten", "BANUSPA,Banuspa"], lines);
    }

    [Fact]
    public async Task Accept_text_csv_with_an_invalid_query_answers_the_graphql_errors_as_json()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>(), withSchema: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ regions { nope } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
