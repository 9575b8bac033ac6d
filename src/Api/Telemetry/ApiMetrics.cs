using System.Diagnostics.Metrics;
using BpjsTk.GraphQL.Diagnostics;

namespace BpjsTk.Api.Telemetry;

/// <summary>The host's instruments on the <c>BpjsTk.Api</c> meter, created through the host's <see cref="IMeterFactory"/>.</summary>
internal sealed class ApiMetrics
{
    public const string MeterName = "BpjsTk.Api";

    public const string ErrorCodeTag = "error.code";

    public const string StatusCodeTag = "http.response.status_code";

    public const string CacheHitTag = "bpjstk.response_cache.hit";

    private readonly Histogram<double> _requestDuration;
    private readonly Histogram<int> _statements;
    private readonly Counter<long> _cacheHits;
    private readonly Counter<long> _cacheMisses;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _coalesced;

    public ApiMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requestDuration = meter.CreateHistogram<double>(
            "bpjstk.graphql.request.duration", "s", "How long a GraphQL request took, from reading it to its written answer, by operation name.");
        _statements = meter.CreateHistogram<int>(
            "bpjstk.graphql.request.db_statements", "{statement}", "SQL statements one executed GraphQL request sent to the database.");
        _cacheHits = meter.CreateCounter<long>(
            "bpjstk.response_cache.hits", "{request}", "Reporting requests answered from the response cache.");
        _cacheMisses = meter.CreateCounter<long>(
            "bpjstk.response_cache.misses", "{request}", "Cacheable reporting requests that had to be executed.");
        _coalesced = meter.CreateCounter<long>(
            "bpjstk.response_cache.coalesced", "{request}", "Reporting requests answered with an identical request's answer computed while they waited.");
        _rejected = meter.CreateCounter<long>(
            "bpjstk.graphql.requests.rejected", "{request}", "GraphQL requests answered with an error and no data, by the first error's code.");
    }

    public void RequestFinished(string? operationName, int statusCode, TimeSpan duration, bool fromCache) =>
        _requestDuration.Record(
            duration.TotalSeconds,
            new(GraphQLDiagnostics.OperationNameTag, GraphQLDiagnostics.OperationNameTagValue(operationName)),
            new(StatusCodeTag, statusCode),
            new(CacheHitTag, fromCache));

    public void StatementsSent(string? operationName, int statements) =>
        _statements.Record(statements, new KeyValuePair<string, object?>(GraphQLDiagnostics.OperationNameTag, GraphQLDiagnostics.OperationNameTagValue(operationName)));

    public void CacheHit() => _cacheHits.Add(1);

    public void CacheMiss() => _cacheMisses.Add(1);

    public void CacheCoalesced() => _coalesced.Add(1);

    public void Rejected(string? code) => _rejected.Add(1, new KeyValuePair<string, object?>(ErrorCodeTag, code ?? "UNKNOWN"));
}
