using System.Net;
using BpjsTk.Api.GraphQLHttp;
using BpjsTk.Api.Hosting;
using BpjsTk.Api.TrustedDocuments;
using BpjsTk.Api.Tests.Security;
using BpjsTk.Api.Tests.TestHost;
using BpjsTk.GraphQL.Execution;
using BpjsTk.Schema.Membership;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using static BpjsTk.Api.Tests.GraphQLHttp.GraphQLHttpTestClient;

namespace BpjsTk.Api.Tests.TrustedDocuments;

public sealed class TrustedDocumentTests : IDisposable
{
    private const string Greeting = "query Greeting { greeting }";

    private readonly PersistedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ApiFactory Host(string mode = "Allow") => ApiFactory.WithEngine("Production", new Dictionary<string, string?>
    {
        ["GraphQL:TrustedDocuments:Mode"] = mode,
        ["GraphQL:TrustedDocuments:Path"] = _folder.Path,
    });

    private static string Apollo(string hash, string? query = null) => System.Text.Json.JsonSerializer.Serialize(new
    {
        query,
        extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
    });

    [Fact]
    public async Task A_persisted_document_runs_by_its_apollo_hash_by_its_id_and_over_GET()
    {
        var id = _folder.Add(Greeting);
        await using var factory = Host();
        var client = factory.CreateClient();

        var apollo = await PostAsync(client, Apollo(id));
        var byId = await PostAsync(client, $$"""{"id":"{{id.ToUpperInvariant()}}"}""");
        var get = await GetAsync(client, "/graphql?id=" + id);

        Assert.All([apollo, byId, get], response => Assert.Equal("Halo", response.Body.GetProperty("data").GetProperty("greeting").GetString()));
    }

    [Fact]
    public async Task An_unknown_hash_is_persisted_query_not_found()
    {
        await using var factory = Host();

        var response = await PostAsync(factory.CreateClient(), Apollo(new string('a', 64)), GraphQLResponseJson);

        Assert.Equal((HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND"), (response.Status, response.FirstErrorCode));
    }

    [Fact]
    public async Task A_hash_that_is_not_the_documents_own_is_refused()
    {
        var id = _folder.Add(Greeting);
        await using var factory = Host();

        var response = await PostAsync(factory.CreateClient(), Apollo(id, "{ failing }"));

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", response.FirstErrorCode);
    }

    [Fact]
    public async Task Require_mode_runs_stored_documents_by_id_or_text_and_refuses_any_other_text()
    {
        var id = _folder.Add(Greeting);
        await using var factory = Host("Require");
        var client = factory.CreateClient();

        var byId = await PostAsync(client, $$"""{"id":"{{id}}"}""");
        var storedText = await PostAsync(client, """{"query":"query Greeting { greeting }"}""");
        var other = await PostAsync(client, """{"query":"{ greeting }"}""", GraphQLResponseJson);

        Assert.Equal("Halo", byId.Body.GetProperty("data").GetProperty("greeting").GetString());
        Assert.Equal("Halo", storedText.Body.GetProperty("data").GetProperty("greeting").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_ALLOWED"), (other.Status, other.FirstErrorCode));
    }

    [Fact]
    public async Task Off_mode_refuses_ids_and_runs_text()
    {
        var id = _folder.Add(Greeting);
        await using var factory = Host("Off");
        var client = factory.CreateClient();

        var byId = await PostAsync(client, $$"""{"id":"{{id}}"}""");
        var text = await PostAsync(client, """{"query":"{ greeting }"}""");

        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", byId.FirstErrorCode);
        Assert.Equal("Halo", text.Body.GetProperty("data").GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task A_file_whose_text_does_not_match_its_name_stops_the_start()
    {
        _folder.Add(Greeting, fileName: new string('0', 64));
        var options = new GraphQLHttpOptions();
        options.TrustedDocuments.Path = _folder.Path;
        var store = new TrustedDocumentStore(Options.Create(options), new HostingEnvironment { ContentRootPath = Path.GetTempPath() });

        var exception = await Assert.ThrowsAsync<StartupConfigurationException>(() => store.StartAsync(CancellationToken.None));

        Assert.Contains(DocumentHash.Of(Greeting), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_integration_client_with_only_the_check_scope_must_use_persisted_documents()
    {
        const string check = """{ membership(nik: "3509011504850001", purpose: "KUR-1") { status } }""";
        var id = _folder.Add(check);
        await using var host = await MembershipHost.StartAsync(environment: "Production", settings: new Dictionary<string, string?>
        {
            ["GraphQL:TrustedDocuments:Path"] = _folder.Path,
            ["GraphQL:TrustedDocuments:RequireForScopes:0"] = ApiScopes.MembershipCheck,
        });
        var bank = await host.AddClientAsync("bri-kur", [ApiScopes.MembershipCheck]);
        var analyst = await host.AddClientAsync("bi-team", [ApiScopes.MembershipCheck, ApiScopes.ReportsRead]);
        const string adHoc = """{ membership(nik: "3509011504850002", purpose: "KUR-2") { status } }""";

        var persisted = await host.QueryAsync(bank, check);
        var refused = await host.QueryAsync(bank, adHoc);
        var analystAdHoc = await host.QueryAsync(analyst, adHoc);

        Assert.True(persisted.GetProperty("data").GetProperty("membership").TryGetProperty("status", out _), id);
        Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(analystAdHoc.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Checks_in_a_persisted_document_count_against_the_clients_limit()
    {
        var id = _folder.Add("""{ a: membership(nik: "3509011504850001", purpose: "KUR-1") { status } b: membership(nik: "3509011504850002", purpose: "KUR-2") { status } c: membership(nik: "3509011504850003", purpose: "KUR-3") { status } }""");
        await using var host = await MembershipHost.StartAsync(checksPerMinute: 2, settings: new Dictionary<string, string?> { ["GraphQL:TrustedDocuments:Path"] = _folder.Path });
        var bank = await host.AddClientAsync("bri-kur", [ApiScopes.MembershipCheck]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Apollo(id), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", bank);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(0, await host.CountAuditsAsync());
    }
}
