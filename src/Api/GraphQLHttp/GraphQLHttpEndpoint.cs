using System.Diagnostics;
using BpjsTk.Api.TrustedDocuments;
using BpjsTk.Api.Faults;
using BpjsTk.Api.ResponseCaching;
using BpjsTk.Api.Telemetry;
using BpjsTk.Data;
using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Execution;
using BpjsTk.Schema.Membership;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>
/// The GraphQL-over-HTTP endpoint: negotiates the response media type, reads the request, applies the
/// persisted documents' rules (<see cref="TrustedDocumentPolicy"/>), runs it on the <see cref="IRequestExecutor"/>
/// with the request's cancellation and the execution timeout, and answers with the status code the specification's
/// "Status Codes" section gives for that media type.
/// Reporting answers are served from and kept in the <see cref="ResponseCache"/>, and identical reporting requests arriving
/// together after a miss share one execution; a field that met an unreachable
/// database turns the whole answer into a 503 <c>DATABASE_UNAVAILABLE</c>, since partial figures would mislead.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IOptions<GraphQLHttpOptions> options,
    TrustedDocumentStore documents,
    ILogger<GraphQLHttpEndpoint> logger,
    ApiMetrics metrics,
    ResponseCache cache)
{
    public const string CostHeader = "GraphQL-Cost";

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        string? operationName = null;
        var fromCache = false;
        try
        {
            fromCache = await ServeAsync(context, started, name => operationName = name);
        }
        finally
        {
            metrics.RequestFinished(operationName, context.Response.StatusCode, Stopwatch.GetElapsedTime(started), fromCache);
        }
    }

    /// <summary>Answers the request; true when the answer came from the cache.</summary>
    private async Task<bool> ServeAsync(HttpContext context, long started, Action<string?> operationNamed)
    {
        var aborted = context.RequestAborted;
        var mediaType = ResponseMediaType.Select(context.Request);
        // CSV carries rows only; anything that is not clean data (errors of any kind) is answered as GraphQL JSON.
        var wantsCsv = mediaType is GraphQLMediaTypes.Csv;
        if (wantsCsv)
        {
            mediaType = GraphQLMediaTypes.GraphQLResponse;
        }
        if (mediaType is null)
        {
            var error = new TransportError(StatusCodes.Status406NotAcceptable, TransportErrorCodes.NotAcceptable,
                $"Accept names no type this endpoint can answer with; use '{GraphQLMediaTypes.GraphQLResponse}' or '{GraphQLMediaTypes.Json}'.");
            await RejectAsync(context, GraphQLMediaTypes.GraphQLResponse, error, null, started);
            return false;
        }

        RequestReadResult read;
        try
        {
            read = HttpMethods.IsGet(context.Request.Method)
                ? GraphQLHttpRequestReader.ReadGet(context.Request, options.Value)
                : await GraphQLHttpRequestReader.ReadPostAsync(context.Request, options.Value, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            GraphQLRequestLog.Abandoned(logger, context, null, started);
            return false;
        }
        using var owner = read;
        if (read.Error is { } readError)
        {
            await RejectAsync(context, mediaType, readError, null, started);
            return false;
        }
        var caller = context.RequestServices.GetService<RequestCaller>()?.Caller;
        var (trusted, trustError) = TrustedDocumentPolicy.Apply(read.Request!, options.Value.TrustedDocuments, documents, caller);
        if (trustError is not null)
        {
            await RejectAsync(context, mediaType, trustError, read.Request!.OperationName, started);
            return false;
        }
        var request = trusted! with { Services = context.RequestServices, CostReport = CostReportOf(context.Request) };
        operationNamed(request.OperationName);

        var executor = context.RequestServices.GetService<IRequestExecutor>();
        if (executor is null)
        {
            await RejectAsync(context, mediaType, new(StatusCodes.Status503ServiceUnavailable, TransportErrorCodes.SchemaUnavailable,
                "This server has no GraphQL schema configured."), request.OperationName, started);
            return false;
        }

        var format = wantsCsv ? GraphQLMediaTypes.Csv : mediaType;
        string? cacheKey = null;
        long cacheGeneration = 0;
        if (cache.IsEnabled && request.Query is not null && request.CostReport is CostReportMode.None)
        {
            cacheKey = ResponseCacheKey.Of(request, ScopesOf(context), format);
            if (cache.TryGet(cacheKey, out var cached, out cacheGeneration))
            {
                operationNamed(cached.OperationName);
                metrics.CacheHit();
                await GraphQLResponseWriter.WriteCachedAsync(context.Response, cached, aborted);
                GraphQLRequestLog.Served(logger, context, cached.OperationName, started);
                return true;
            }
        }

        ResponseFlight? flight = null;
        if (cacheKey is not null)
        {
            CachedResponse? shared;
            try
            {
                (flight, shared) = await cache.JoinAsync(cacheKey, cacheGeneration, aborted);
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                GraphQLRequestLog.Abandoned(logger, context, request.OperationName, started);
                return false;
            }
            if (shared is not null)
            {
                operationNamed(shared.OperationName);
                metrics.CacheCoalesced();
                await GraphQLResponseWriter.WriteCachedAsync(context.Response, shared, aborted);
                GraphQLRequestLog.Served(logger, context, shared.OperationName, started);
                return true;
            }
        }

        // Disposing without sharing releases the waiters to execute themselves: errors are never handed on.
        using var lead = flight;
        var statements = SqlStatementCounter.Track();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(options.Value.ExecutionTimeout);
        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            GraphQLRequestLog.Abandoned(logger, context, request.OperationName, started);
            return false;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var error = new TransportError(TimeoutStatus(mediaType), ErrorCodes.Timeout,
                $"The request did not finish within {options.Value.ExecutionTimeout.TotalSeconds:0.#} seconds.");
            await RejectAsync(context, mediaType, error, request.OperationName, started);
            return false;
        }
        catch (Exception exception) when (DatabaseConnectivity.IsUnavailable(exception))
        {
            await RejectUnavailableAsync(context, request.OperationName, started);
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The executor reports caller errors as results; anything thrown is our defect, logged in full and masked for the caller.
            var errorId = MaskedErrors.NewErrorId();
            GraphQLRequestLog.ExecutorFailed(logger, exception, context, request.OperationName, errorId);
            await RejectAsync(context, mediaType, new(StatusCodes.Status500InternalServerError, ErrorCodes.InternalError,
                MaskedErrors.Message, errorId), request.OperationName, started);
            return false;
        }

        // The document names the operation even when the request does not.
        var operationName = result.OperationName ?? request.OperationName;
        operationNamed(operationName);
        metrics.StatementsSent(operationName, statements.Count);
        if (result.Errors.Any(error => DatabaseConnectivity.IsUnavailable(error.Exception)))
        {
            await RejectUnavailableAsync(context, operationName, started);
            return false;
        }

        foreach (var error in result.Errors)
        {
            if (error is { Exception: { } failure, ErrorId: { } errorId })
            {
                GraphQLRequestLog.FieldFailed(logger, failure, context, request.OperationName, errorId);
            }
        }

        var status = StatusFor(result, request, mediaType);
        if (status is not StatusCodes.Status200OK || result.IsRequestError)
        {
            metrics.Rejected(result.Errors.Count > 0 ? result.Errors[0].Code : null);
        }
        if (status is StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
        }
        if (result.Metadata.TryGetValue(ExecutionMetadata.RetryAfter, out var retryAfter) && retryAfter is TimeSpan wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (status is StatusCodes.Status200OK && cacheKey is not null && cache.MayStore(result))
        {
            var answer = new CachedResponse(format, wantsCsv ? GraphQLResponseWriter.RenderCsv(result) : GraphQLResponseWriter.RenderJson(result), operationName);
            cache.Store(cacheKey, answer, cacheGeneration);
            lead?.Share(answer);
            metrics.CacheMiss();
            await GraphQLResponseWriter.WriteCachedAsync(context.Response, answer, aborted);
        }
        else if (wantsCsv && status is StatusCodes.Status200OK && result.Errors.Count == 0)
        {
            await GraphQLResponseWriter.WriteCsvAsync(context.Response, result, aborted);
        }
        else
        {
            await GraphQLResponseWriter.WriteResultAsync(context.Response, status, mediaType, result, aborted);
        }
        GraphQLRequestLog.Executed(logger, context, request, result, status, started);
        return false;
    }

    /// <summary>GraphQL over HTTP, "Status Codes": what a well-formed request's result is answered with.</summary>
    internal static int StatusFor(ExecutionResult result, GraphQLRequest request, string mediaType)
    {
        if (!result.IsRequestError)
        {
            return StatusCodes.Status200OK;
        }
        // GraphQL over HTTP, "GET": a mutation over GET is answered 405 whatever the media type.
        if (result.OperationType is { } type && request.AllowedOperations is { } allowed && !allowed.Contains(type))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }
        // An execution gate's rate limit is answered 429 whatever the media type, so clients back off.
        if (result.Errors.Count > 0 && result.Errors[0].Code is ErrorCodes.RateLimited)
        {
            return StatusCodes.Status429TooManyRequests;
        }
        if (mediaType is GraphQLMediaTypes.Json)
        {
            return StatusCodes.Status200OK;
        }
        return result.Errors.Count > 0 && result.Errors[0].Code is ErrorCodes.Timeout
            ? StatusCodes.Status504GatewayTimeout
            : StatusCodes.Status400BadRequest;
    }

    /// <summary>HotChocolate's <c>GraphQL-Cost</c> request header: <c>report</c> adds the cost to the response, <c>validate</c> reports it without executing.</summary>
    private static CostReportMode CostReportOf(HttpRequest request) => request.Headers[CostHeader].ToString().Trim().ToLowerInvariant() switch
    {
        "report" => CostReportMode.Report,
        "validate" => CostReportMode.Validate,
        _ => CostReportMode.None,
    };

    private static int TimeoutStatus(string mediaType) =>
        mediaType is GraphQLMediaTypes.Json ? StatusCodes.Status200OK : StatusCodes.Status504GatewayTimeout;

    // The caller's scopes split cache entries: an answer computed for one set of rights is never served to another.
    private static IEnumerable<string> ScopesOf(HttpContext context) =>
        context.RequestServices.GetService<RequestCaller>()?.Caller?.Scopes ?? Enumerable.Empty<string>();

    private async Task RejectUnavailableAsync(HttpContext context, string? operationName, long started)
    {
        await DatabaseUnavailableResponse.WriteAsync(context);
        GraphQLRequestLog.Rejected(logger, context, operationName,
            new TransportError(StatusCodes.Status503ServiceUnavailable, FaultErrorCodes.DatabaseUnavailable, DatabaseUnavailableResponse.Message), started);
    }

    private async Task RejectAsync(HttpContext context, string mediaType, TransportError error, string? operationName, long started)
    {
        metrics.Rejected(error.Code);
        await GraphQLResponseWriter.WriteErrorAsync(context.Response, mediaType, error, context.RequestAborted);
        GraphQLRequestLog.Rejected(logger, context, operationName, error, started);
    }
}
