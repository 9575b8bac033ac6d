using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using BpjsTk.Api.BananaCakePop;
using BpjsTk.Api.Tests.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BpjsTk.Api.Tests.BananaCakePop;

public sealed partial class BananaCakePopTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Browser_visiting_graphql_is_redirected_to_the_ide_path_with_a_slash()
    {
        var response = await BrowseAsync(_client, "/graphql");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Ide_page_is_banana_cake_pop_from_the_npm_package()
    {
        var response = await BrowseAsync(_client, "/graphql/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ide_scripts_referenced_by_the_page_are_served_beneath_it()
    {
        var page = await (await BrowseAsync(_client, "/graphql/")).Content.ReadAsStringAsync();
        var script = ScriptSource().Match(page).Groups["src"].Value;

        var response = await _client.GetAsync("/graphql/" + script);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Ide_configuration_points_at_this_endpoint_with_a_coverage_query()
    {
        var response = await _client.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.RootElement.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal("BpjsTk", config.RootElement.GetProperty("title").GetString());
        Assert.Equal(BananaCakePopOptions.DefaultDocument, config.RootElement.GetProperty("graphQLDocument").GetString());
    }

    [Fact]
    public async Task Clients_asking_for_json_at_the_ide_path_get_graphql_not_html()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/?query=%7B__typename%7D");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_the_npm_package_the_page_says_how_to_install_it()
    {
        var empty = Directory.CreateTempSubdirectory("bpjstk-no-bcp-");
        try
        {
            await using var bare = new ApiFactory(new Dictionary<string, string?> { ["BananaCakePop:AssetsPath"] = empty.FullName });

            var response = await BrowseAsync(bare.CreateClient(), "/graphql/");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("Banana Cake Pop is not installed", page, StringComparison.Ordinal);
            Assert.Contains("<pre>npm ci</pre>", page, StringComparison.Ordinal);
            Assert.Contains(empty.FullName, page, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Disabled_ide_leaves_browsers_to_the_graphql_endpoint()
    {
        await using var bare = new ApiFactory(new Dictionary<string, string?> { ["BananaCakePop:Enabled"] = "false" });

        var response = await BrowseAsync(bare.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), "/graphql");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("HTTP_MISSING_QUERY", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> BrowseAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("""<script defer="defer" src="(?<src>static/js/main\.[0-9a-f]+\.js)">""")]
    private static partial Regex ScriptSource();
}
