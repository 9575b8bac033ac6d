using System.Net;
using System.Text.Json;
using BpjsTk.Api.Security;
using BpjsTk.Api.Tests.Security;
using BpjsTk.Api.Tests.TestHost;
using BpjsTk.GraphQL;
using BpjsTk.Schema.Membership;
using static BpjsTk.Api.Tests.Hostile.HostileRequests;
using Xunit.Abstractions;

namespace BpjsTk.Api.Tests.Hostile;

/// <summary>
/// The hostile-request corpus against the real host in Production (domain schema, SQLite, the host's own engine options):
/// each request is refused with its status and code, the server answers <c>{ __typename }</c> afterwards, and serving
/// the request allocates far less than the request claims to carry.
/// </summary>
[Collection(HostileCorpus.Name)]
public sealed class HostileRequestTests(ITestOutputHelper output) : IAsyncLifetime
{
    // generous: the body limit is 1 MB; a server that held a 100 MB body or a decoded bomb would allocate past 100 MB
    private const long AllocationBound = 32L * 1024 * 1024;

    private MembershipHost _host = null!;

    // over a real socket: the in-memory test server copies a request body on its own, which would be counted here
    public async Task InitializeAsync() => _host = await MembershipHost.StartAsync(checksPerMinute: 10, environment: "Production", kestrel: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> Corpus => [.. Cases.Keys];

    private static readonly Dictionary<string, (Func<HttpRequestMessage> Request, HttpStatusCode Status, string Code)> Cases = new()
    {
        ["a JSON batch of 1,000 operations"] = (() => Batch(1_000), HttpStatusCode.BadRequest, "HTTP_BATCHING_NOT_SUPPORTED"),
        ["a gzip bomb expanding to 100 MB"] = (GzipBomb, HttpStatusCode.RequestEntityTooLarge, "HTTP_REQUEST_TOO_LARGE"),
        ["a body claiming gzip that is not"] = (() => Json("""{"query":"{ __typename }"}""", "gzip"), HttpStatusCode.BadRequest, "HTTP_INVALID_CONTENT_ENCODING"),
        ["a body in an encoding the server does not decode"] = (() => Json("""{"query":"{ __typename }"}""", "br"), HttpStatusCode.UnsupportedMediaType, "HTTP_UNSUPPORTED_MEDIA_TYPE"),
        ["introspection in Production"] = (() => Json("""{"query":"{ __schema { types { name fields { name } } } }"}"""), HttpStatusCode.BadRequest, "INTROSPECTION_NOT_ALLOWED"),
        ["introspection hidden in a fragment"] = (() => Json("""{"query":"query { ...F } fragment F on Query { __type(name: \"Query\") { name } }"}"""), HttpStatusCode.BadRequest, "INTROSPECTION_NOT_ALLOWED"),
        ["selection sets nested 10,000 deep"] = (() => Json($$"""{"query":"{{Repeat("{ a ", 10_000)}}{{Repeat("}", 10_000)}}"}"""), HttpStatusCode.BadRequest, "MAX_PARSER_DEPTH_EXCEEDED"),
        ["1,000 aliases of one field"] = (() => Json($$"""{"query":"{ {{string.Join(" ", Enumerable.Range(0, 1_000).Select(i => $"a{i}: __typename"))}} }"}"""), HttpStatusCode.BadRequest, "MAX_ALIASES_EXCEEDED"),
        ["5,000 copies of one field"] = (() => Json("""{"query":"{ """ + Repeat("__typename ", 5_000) + "}\"}"), HttpStatusCode.BadRequest, "MAX_FIELDS_EXCEEDED"),
        ["a fragment cycle"] = (() => Json("""{"query":"{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"}"""), HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED"),
        ["variables nested 10,000 deep"] = (() => Json("""{"query":"{ __typename }","variables":{"v":""" + Repeat("[", 10_000) + Repeat("]", 10_000) + "}}"), HttpStatusCode.BadRequest, "HTTP_INVALID_JSON"),
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Hostile_request_is_refused_with_its_code_and_the_server_stays_up_within_bounded_memory(string name)
    {
        var (build, status, code) = Cases[name];
        using var request = build();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var response = await GraphQLResponse.ReadAsync(await _host.Client.SendAsync(request));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        output.WriteLine($"{name}: {(int)response.Status} {response.FirstErrorCode}, {allocated / 1024} KiB allocated");
        Assert.Equal((status, code), (response.Status, response.FirstErrorCode));
        Assert.InRange(allocated, 0, AllocationBound);
        await AssertAliveAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_100_MB_body_is_413_after_reading_no_more_than_the_limit(bool declaredLength)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (status, body) = await RawHttpClient.PostAsync(_host.Client.BaseAddress!, new ZeroStream(HundredMegabytes), declaredLength ? HundredMegabytes : null);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        output.WriteLine($"100 MB body (length declared: {declaredLength}): {(int)status}, {allocated / 1024} KiB allocated");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("HTTP_REQUEST_TOO_LARGE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.InRange(allocated, 0, AllocationBound);
        await AssertAliveAsync();
    }

    [Fact]
    public async Task Aliased_membership_checks_past_the_limit_are_rate_limited_before_any_runs()
    {
        var key = await _host.AddClientAsync("bri-kur", [ApiScopes.MembershipCheck]);
        var aliases = string.Join(" ", Enumerable.Range(1, 20).Select(i => $"c{i}: membership(nik: \"35090115048500{i:00}\", purpose: \"KUR-{i}\") {{ status }}"));

        using var response = await _host.SendAsync(key, "{ " + aliases + " }");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ErrorCodes.RateLimited, body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, await _host.CountAuditsAsync());
        await AssertAliveAsync();
    }

    private async Task AssertAliveAsync()
    {
        var alive = await _host.QueryAsync(null, "{ __typename }");
        Assert.Equal("Query", alive.GetProperty("data").GetProperty("__typename").GetString());
    }
}
