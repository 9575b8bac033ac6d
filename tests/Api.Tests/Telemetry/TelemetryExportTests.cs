using System.Net;
using System.Text;
using System.Text.Json;
using BpjsTk.Api.Tests.Security;
using BpjsTk.Api.Tests.TestHost;

namespace BpjsTk.Api.Tests.Telemetry;

public sealed class TelemetryExportTests
{
    [Fact]
    public async Task The_console_option_logs_the_engines_spans_with_the_operation_but_not_the_query_string()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Telemetry:Console"] = "true" }, withSchema: false);
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/graphql?query=query%20ConsoleSpans%28%24nik%3A%20String%21%29%20%7B%20__type%28name%3A%20%24nik%29%20%7B%20name%20%7D%20%7D&variables=%7B%22nik%22%3A%223509011504850001%22%7D");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var spans = factory.Logs.Entries.Where(entry => entry.Category == "BpjsTk.Telemetry").Select(entry => entry.Message).ToList();
        Assert.Contains(spans, span => span.StartsWith("span BpjsTk.GraphQL graphql.execute", StringComparison.Ordinal) && span.Contains("graphql.operation.name=ConsoleSpans", StringComparison.Ordinal));
        Assert.DoesNotContain(spans, span => span.Contains("3509011504850001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Spans_and_the_api_metrics_arrive_at_an_otlp_http_collector_when_the_host_stops()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        var host = await MembershipHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Telemetry:Otlp:Endpoint"] = collector.Address,
            ["Telemetry:Otlp:Protocol"] = "HttpProtobuf",
        });
        await using (host)
        {
            using var miss = await host.SendAsync(null, "query OtlpRegions { regions(first: 2) { nodes { code } } }");
            using var hit = await host.SendAsync(null, "query OtlpRegions { regions(first: 2) { nodes { code } } }");
            using var rejected = await host.SendAsync(null, "query OtlpBroken { regions(");
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (miss.StatusCode, hit.StatusCode));
            Assert.NotEqual(HttpStatusCode.OK, rejected.StatusCode);
        }

        // Stopping the host flushed both providers, so nothing is left to wait for.
        Assert.True(collector.Received("/v1/traces", "graphql.execute"), "no graphql.execute span");
        Assert.True(collector.Received("/v1/traces", "OtlpRegions"), "no span tagged with the operation name");
        Assert.True(collector.Received("/v1/traces", "bpjstk-api"), "no service.name resource");
        foreach (var instrument in new[]
        {
            "bpjstk.graphql.request.duration", "bpjstk.graphql.request.db_statements", "bpjstk.response_cache.hits",
            "bpjstk.response_cache.misses", "bpjstk.graphql.requests.rejected", "graphql.execution.duration",
        })
        {
            Assert.True(collector.Received("/v1/metrics", instrument), $"no {instrument} metric");
        }
        Assert.True(collector.Received("/v1/metrics", "OtlpRegions"), "the duration is not tagged with the operation");
        Assert.True(collector.Received("/v1/metrics", "GRAPHQL_SYNTAX_ERROR"), "the rejection is not tagged with its code");
    }

    [Fact]
    public async Task With_an_otlp_endpoint_that_is_down_the_api_still_answers()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Telemetry:Otlp:Endpoint"] = "http://127.0.0.1:9" });
        var client = factory.CreateClient();

        using var response = await client.PostAsync("/graphql",
            new StringContent(JsonSerializer.Serialize(new { query = "{ greeting }" }), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
