using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using BpjsTk.Api.Tests.Security;
using BpjsTk.Api.Tests.TestHost;
using BpjsTk.GraphQL.Diagnostics;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Tests.Telemetry;

public sealed class TelemetryTests : IAsyncLifetime, IDisposable
{
    private const string Nik = "3509011504850001";

    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;
    private MembershipHost _host = null!;
    private MetricRecorder _metrics = null!;

    public TelemetryTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLDiagnostics.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public async Task InitializeAsync()
    {
        _host = await MembershipHost.StartAsync();
        _metrics = new MetricRecorder(_host.Factory.Services);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose()
    {
        _listener.Dispose();
        _metrics.Dispose();
    }

    [Fact]
    public async Task A_regions_request_records_one_statement_and_its_duration_by_operation_name()
    {
        using var response = await _host.SendAsync(null, "query TelemetryRegions { regions { nodes { code } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([1.0], _metrics.Of("bpjstk.graphql.request.db_statements", "TelemetryRegions"));
        var duration = Assert.Single(_metrics.Of("bpjstk.graphql.request.duration", "TelemetryRegions"));
        Assert.True(duration > 0);
    }

    [Fact]
    public async Task The_engine_traces_parse_validate_and_execute_with_the_operations_name_and_type()
    {
        await _host.SendAsync(null, "query TelemetryTraced { programs { code } }");

        var execute = Assert.Single(_spans, span => span.DisplayName == "graphql.execute" && Equals(span.GetTagItem(GraphQLDiagnostics.OperationNameTag), "TelemetryTraced"));
        Assert.Equal("query", execute.GetTagItem(GraphQLDiagnostics.OperationTypeTag));
        Assert.Contains(_spans, span => span.DisplayName == "graphql.parse");
        Assert.Contains(_spans, span => span.DisplayName == "graphql.validate");
    }

    [Fact]
    public async Task No_span_tag_carries_the_variables_or_a_nik()
    {
        var bank = await _host.AddClientAsync("bank", [ApiScopes.MembershipCheck]);

        await _host.QueryAsync(bank, "query TelemetryCheck($nik: String!) { membership(nik: $nik, purpose: \"IUMK-2026-0042\") { status } }", new { nik = Nik });
        await _host.QueryAsync(bank, $"query TelemetryInline {{ membership(nik: \"{Nik}\", purpose: \"IUMK-2026-0042\") {{ status }} }}");

        Assert.Contains(_spans, span => Equals(span.GetTagItem(GraphQLDiagnostics.OperationNameTag), "TelemetryCheck"));
        Assert.DoesNotContain(_spans, span => span.TagObjects.Any(tag => tag.Value?.ToString()?.Contains(Nik, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Rejected_requests_are_counted_by_their_error_code()
    {
        await _host.SendAsync(null, "query { regions { ");
        await _host.SendAsync(null, "query { noSuchField }");
        await _host.SendAsync("bpjstk_000000000.not-a-real-secret", "query { programs { code } }");

        var codes = _metrics.Of("bpjstk.graphql.requests.rejected").Select(m => m.Tags["error.code"]).ToList();
        Assert.Equal(["GRAPHQL_SYNTAX_ERROR", "GRAPHQL_VALIDATION_FAILED", MembershipErrorCodes.NotAuthenticated], codes);
    }
}
