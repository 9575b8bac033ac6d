using System.Net;
using BpjsTk.Api.ResponseCaching;
using BpjsTk.Api.Tests.Security;
using BpjsTk.Api.Tests.TestHost;
using BpjsTk.Schema.Membership;
using Microsoft.Extensions.DependencyInjection;

namespace BpjsTk.Api.Tests.ResponseCaching;

public sealed class ResponseCacheTests : IAsyncLifetime, IDisposable
{
    private const string Statements = "bpjstk.graphql.request.db_statements";
    private const string Hits = "bpjstk.response_cache.hits";
    private const string Coalesced = "bpjstk.response_cache.coalesced";
    private const string RegionsQuery = "query Regions { regions(first: 3) { nodes { code name } } }";
    private const string PersonQuery = "query Check($nik: String!) { membership(nik: $nik, purpose: \"IUMK-2026-0042\") { status } }";

    private MembershipHost _host = null!;
    private MetricRecorder _metrics = null!;

    public async Task InitializeAsync()
    {
        _host = await MembershipHost.StartAsync();
        _metrics = new MetricRecorder(_host.Factory.Services);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _metrics.Dispose();

    [Fact]
    public async Task The_second_identical_reporting_request_is_answered_from_the_cache_without_sql()
    {
        using var first = await _host.SendAsync(null, RegionsQuery);
        using var second = await _host.SendAsync(null, RegionsQuery);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Contains("\"code\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([1.0], _metrics.Of(Statements, "Regions"));
        Assert.Single(_metrics.Of(Hits));
        Assert.True(second.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Variables_in_another_member_order_share_an_entry()
    {
        const string query = "query Provinces($first: Int, $after: String) { provinces(first: $first, after: $after) { nodes { code } } }";

        await _host.QueryAsync(null, query, new Dictionary<string, object?> { ["first"] = 2, ["after"] = null });
        await _host.QueryAsync(null, query, new Dictionary<string, object?> { ["after"] = null, ["first"] = 2 });
        await _host.QueryAsync(null, query, new Dictionary<string, object?> { ["first"] = 3, ["after"] = null });

        Assert.Equal(2, _metrics.Of(Statements, "Provinces").Count);
        Assert.Single(_metrics.Of(Hits));
    }

    [Fact]
    public async Task Csv_and_json_answers_of_one_query_are_cached_apart()
    {
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(RegionsQuery));
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        using var csv = await _host.Client.SendAsync(csvRequest);
        using var json = await _host.SendAsync(null, RegionsQuery);
        using var csvAgainRequest = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(RegionsQuery));
        csvAgainRequest.Headers.Accept.ParseAdd("text/csv");
        using var csvAgain = await _host.Client.SendAsync(csvAgainRequest);

        Assert.StartsWith("text/csv", csvAgain.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Equal(await csv.Content.ReadAsStringAsync(), await csvAgain.Content.ReadAsStringAsync());
        Assert.StartsWith("{", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, _metrics.Of(Statements, "Regions").Count);
        Assert.Single(_metrics.Of(Hits));
    }

    [Fact]
    public async Task Callers_with_different_scopes_do_not_share_entries()
    {
        var reports = await _host.AddClientAsync("bi-team", [ApiScopes.ReportsRead]);
        var bank = await _host.AddClientAsync("bank", [ApiScopes.MembershipCheck]);

        await _host.QueryAsync(reports, RegionsQuery);
        await _host.QueryAsync(bank, RegionsQuery);
        await _host.QueryAsync(null, RegionsQuery);
        await _host.QueryAsync(reports, RegionsQuery);

        Assert.Equal(3, _metrics.Of(Statements, "Regions").Count);
        Assert.Single(_metrics.Of(Hits));
    }

    [Fact]
    public async Task Membership_checks_are_never_cached_and_each_is_audited()
    {
        var bank = await _host.AddClientAsync("bank", [ApiScopes.MembershipCheck]);
        const string mixed = "query Mixed($nik: String!) { regions(first: 1) { nodes { code } } membership(nik: $nik, purpose: \"IUMK-2026-0042\") { status } }";

        await _host.QueryAsync(bank, PersonQuery, new { nik = "3509011504850001" });
        await _host.QueryAsync(bank, PersonQuery, new { nik = "3509011504850001" });
        await _host.QueryAsync(bank, mixed, new { nik = "3509011504850001" });
        await _host.QueryAsync(bank, mixed, new { nik = "3509011504850001" });

        Assert.Empty(_metrics.Of(Hits));
        Assert.Equal(4, await _host.CountAuditsAsync());
    }

    [Fact]
    public async Task Clearing_the_cache_makes_the_next_request_execute()
    {
        await _host.QueryAsync(null, RegionsQuery);
        _host.Factory.Services.GetRequiredService<ResponseCache>().Clear();
        await _host.QueryAsync(null, RegionsQuery);

        Assert.Equal(2, _metrics.Of(Statements, "Regions").Count);
        Assert.Empty(_metrics.Of(Hits));
    }

    [Fact]
    public async Task Identical_requests_arriving_together_after_the_cache_was_emptied_run_the_sql_once()
    {
        _host.Factory.Services.GetRequiredService<ResponseCache>().Clear();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _host.SendAsync(null, RegionsQuery)));
        var bodies = await Task.WhenAll(responses.Select(response => response.Content.ReadAsStringAsync()));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Contains("\"code\"", bodies[0], StringComparison.Ordinal);
        Assert.Equal([1.0], _metrics.Of(Statements, "Regions"));
        Assert.Equal(7, _metrics.Of(Hits).Count + _metrics.Of(Coalesced).Count);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_committed_data_change_empties_the_cache()
    {
        await _host.QueryAsync(null, RegionsQuery);
        _host.Factory.Services.GetRequiredService<BpjsTk.Data.Ingestion.IDataChangeNotifier>().Notify(new BpjsTk.Data.Ingestion.DataChanged("CoverageFigure", 1, 0, DateTime.UtcNow));
        await _host.QueryAsync(null, RegionsQuery);

        Assert.Equal(2, _metrics.Of(Statements, "Regions").Count);
        Assert.Empty(_metrics.Of(Hits));
    }

    [Fact]
    public async Task Answers_with_errors_are_not_cached()
    {
        const string query = "query Bad { regions(first: -1) { nodes { code } } }";

        using var first = await _host.SendAsync(null, query);
        using var second = await _host.SendAsync(null, query);

        Assert.Contains("\"errors\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_metrics.Of(Hits));
    }

    [Fact]
    public async Task A_switched_off_cache_executes_every_request()
    {
        await using var factory = new ApiFactory(
            new Dictionary<string, string?> { ["Database:InitializeOnStart"] = "true", ["GraphQL:ResponseCache:Enabled"] = "false" },
            withSchema: false);
        using var metrics = new MetricRecorder(factory.Services);
        var client = factory.CreateClient();

        var bodies = new List<string>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var response = await client.PostAsync("/graphql", GraphQLHttpContent(RegionsQuery));
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(bodies[0], bodies[1]);
        Assert.Equal(2, metrics.Of(Statements, "Regions").Count);
        Assert.Empty(metrics.Of(Hits));
    }

    private static StringContent GraphQLHttpContent(string query) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
}
