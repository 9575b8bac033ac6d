using System.Net;
using BpjsTk.Api.Tests.TestHost;
using static BpjsTk.Api.Tests.GraphQLHttp.GraphQLHttpTestClient;

namespace BpjsTk.Api.Tests.GraphQLHttp;

public sealed class GraphQLHttpEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_without_accept_answers_graphql_response_json_in_utf8()
    {
        var response = await PostAsync(_client, """{"query":"{ __typename greeting }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal("""{"data":{"__typename":"Query","greeting":"Selamat datang"}}""", response.Body.GetRawText());
    }

    [Theory]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLResponseJson)]
    [InlineData("*/*", Json)]
    [InlineData("text/html;q=0.9, application/*;q=0.8", Json)]
    public async Task Response_media_type_follows_the_accept_header(string accept, string expected)
    {
        var response = await PostAsync(_client, """{"query":"{ __typename }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Accept_without_a_supported_type_is_406(string accept)
    {
        var response = await PostAsync(_client, """{"query":"{ __typename }"}""", accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("HTTP_NOT_ACCEPTABLE", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Malformed_json_is_400_with_the_position(string accept)
    {
        var response = await PostAsync(_client, """{ "query": "{ __typename }" """, accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal("HTTP_INVALID_JSON", response.FirstErrorCode);
        Assert.Contains("line 1", response.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Body_with_invalid_utf8_is_400_invalid_json()
    {
        using var content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        content.Headers.ContentType = new("application/json");

        var response = await TestHost.GraphQLResponse.ReadAsync(await _client.PostAsync("/graphql", content));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HTTP_INVALID_JSON", response.FirstErrorCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Body_that_is_not_utf8_json_is_415(string? contentType)
    {
        var response = await PostAsync(_client, """{"query":"{ __typename }"}""", GraphQLResponseJson, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("HTTP_UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Json_content_type_with_utf8_charset_is_accepted()
    {
        var response = await PostAsync(_client, """{"query":"{ __typename }"}""", contentType: "application/json; charset=UTF-8");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("""{"qeury":"{ __typename }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{}""")]
    public async Task Missing_query_is_400(string body)
    {
        var response = await PostAsync(_client, body, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HTTP_MISSING_QUERY", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("""["{ __typename }"]""")]
    [InlineData("""{"query":7}""")]
    [InlineData("""{"query":"{ __typename }","operationName":["A"]}""")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""")]
    [InlineData("""{"query":"{ __typename }","variables":0}""")]
    [InlineData("""{"query":"{ __typename }","variables":false}""")]
    [InlineData("""{"query":"{ __typename }","variables":[7]}""")]
    [InlineData("""{"query":"{ __typename }","extensions":"string"}""")]
    [InlineData("""{"query":"{ __typename }","extensions":[]}""")]
    public async Task Parameters_of_the_wrong_shape_are_400(string body)
    {
        var response = await PostAsync(_client, body, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HTTP_INVALID_PARAMETER", response.FirstErrorCode);
    }

    [Fact]
    public async Task Null_operation_name_variables_and_extensions_are_allowed()
    {
        var response = await PostAsync(_client, """{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Variables_and_operation_name_reach_the_executor()
    {
        var body = """{"query":"query A { greeting } query B($t: String!) { echo(text: $t) }","operationName":"B","variables":{"t":"Jember"},"extensions":{"x":1}}""";

        var response = await PostAsync(_client, body);

        Assert.Equal("""{"data":{"echo":"Jember"}}""", response.Body.GetRawText());
    }

    [Fact]
    public async Task Json_nested_deeper_than_the_limit_is_rejected_as_invalid_json()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);

        var response = await PostAsync(_client, $$"""{"query":"{ __typename }","variables":{{nested}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HTTP_INVALID_JSON", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("""{"query":"{"}""", "GRAPHQL_SYNTAX_ERROR")]
    [InlineData("""{"query":"{ notAField }"}""", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("""{"query":"query A { __typename } query B { __typename }"}""", "OPERATION_NOT_FOUND")]
    [InlineData("""{"query":"query Q($t: String!) { echo(text: $t) }","variables":{"t":null}}""", "BAD_USER_INPUT")]
    public async Task Request_errors_are_400_under_graphql_response_json_and_200_under_json(string body, string code)
    {
        var strict = await PostAsync(_client, body, GraphQLResponseJson);
        var legacy = await PostAsync(_client, body, Json);

        Assert.Equal((HttpStatusCode.BadRequest, code, false), (strict.Status, strict.FirstErrorCode, strict.HasData));
        Assert.Equal((HttpStatusCode.OK, code, false), (legacy.Status, legacy.FirstErrorCode, legacy.HasData));
    }

    [Fact]
    public async Task Field_errors_come_with_partial_data_and_200()
    {
        var response = await PostAsync(_client, """{"query":"{ greeting failing }"}""", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"greeting":"Selamat datang","failing":null}""", response.Body.GetProperty("data").GetRawText());
        Assert.Equal("""["failing"]""", response.Body.GetProperty("errors")[0].GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task Post_to_the_path_with_a_trailing_slash_is_served_like_without()
    {
        var response = await PostAsync(_client, """{"query":"{ __typename }"}""", path: "/graphql/");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Post_runs_mutations()
    {
        var response = await PostAsync(_client, """{"query":"mutation { increment }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Number, response.Body.GetProperty("data").GetProperty("increment").ValueKind);
    }

    [Fact]
    public async Task Get_runs_a_query_with_url_encoded_variables()
    {
        var response = await GetAsync(_client, Get("query Q($t: String!) { echo(text: $t) }", """{"t":"Run🏃Swim🏊"}"""));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("Run🏃Swim🏊", response.Body.GetProperty("data").GetProperty("echo").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Get_of_a_mutation_is_405_allowing_post(string accept)
    {
        var response = await GetAsync(_client, Get("mutation { increment }"), accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["POST"], response.Message.Content.Headers.Allow);
        Assert.Equal("OPERATION_NOT_ALLOWED", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D&variables=%7Bnope", "HTTP_INVALID_JSON")]
    [InlineData("/graphql?query=%7B__typename%7D&variables=%5B1%5D", "HTTP_INVALID_PARAMETER")]
    [InlineData("/graphql?query=%7B__typename%7D&extensions=%22x%22", "HTTP_INVALID_PARAMETER")]
    [InlineData("/graphql?operationName=A", "HTTP_MISSING_QUERY")]
    public async Task Get_with_bad_parameters_is_400(string pathAndQuery, string code)
    {
        var response = await GetAsync(_client, pathAndQuery, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
    }

    [Fact]
    public async Task Responses_are_not_stored_by_shared_caches()
    {
        var response = await PostAsync(_client, """{"query":"{ __typename }"}""");

        Assert.Contains("no-store", response.Message.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }
}
