using System.Diagnostics;
using BpjsTk.Api.TrustedDocuments;
using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Execution;
using BpjsTk.Schema.Membership;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>
/// The GraphQL-over-HTTP endpoint: negotiates the response media type, reads the request, applies the
/// persisted documents' rules (<see cref="TrustedDocumentPolicy"/>), runs it on the <see cref="IRequestExecutor"/>
/// with the request's cancellation and the execution timeout, and answers with the status code the specification's "Status Codes" section gives for that media type.
/// </summary>
internal sealed class GraphQLHttpEndpoint(IOptions<GraphQLHttpOptions> options, TrustedDocumentStore documents, ILogger<GraphQLHttpEndpoint> logger)
{
    public const string CostHeader = "GraphQL-Cost";

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
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
            return;
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
            return;
        }
        using var owner = read;
        if (read.Error is { } readError)
        {
            await RejectAsync(context, mediaType, readError, null, started);
            return;
        }
        var caller = context.RequestServices.GetService<RequestCaller>()?.Caller;
        var (trusted, trustError) = TrustedDocumentPolicy.Apply(read.Request!, options.Value.TrustedDocuments, documents, caller);
        if (trustError is not null)
        {
            await RejectAsync(context, mediaType, trustError, read.Request!.OperationName, started);
            return;
        }
        var request = trusted! with { Services = context.RequestServices, CostReport = CostReportOf(context.Request) };

        var executor = context.RequestServices.GetService<IRequestExecutor>();
        if (executor is null)
        {
            await RejectAsync(context, mediaType, new(StatusCodes.Status503ServiceUnavailable, TransportErrorCodes.SchemaUnavailable,
                "This server has no GraphQL schema configured."), request.OperationName, started);
            return;
        }

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
            return;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var error = new TransportError(TimeoutStatus(mediaType), ErrorCodes.Timeout,
                $"The request did not finish within {options.Value.ExecutionTimeout.TotalSeconds:0.#} seconds.");
            await RejectAsync(context, mediaType, error, request.OperationName, started);
            return;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The executor reports caller errors as results; anything thrown is our defect, logged in full and masked for the caller.
            var errorId = MaskedErrors.NewErrorId();
            GraphQLRequestLog.ExecutorFailed(logger, exception, context, request.OperationName, errorId);
            await RejectAsync(context, mediaType, new(StatusCodes.Status500InternalServerError, ErrorCodes.InternalError,
                MaskedErrors.Message, errorId), request.OperationName, started);
            return;
        }

        foreach (var error in result.Errors)
        {
            if (error is { Exception: { } failure, ErrorId: { } errorId })
            {
                GraphQLRequestLog.FieldFailed(logger, failure, context, request.OperationName, errorId);
            }
        }

        var status = StatusFor(result, request, mediaType);
        if (status is StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
        }
        if (result.Metadata.TryGetValue(ExecutionMetadata.RetryAfter, out var retryAfter) && retryAfter is TimeSpan wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (wantsCsv && status is StatusCodes.Status200OK && result.Errors.Count == 0)
        {
            await GraphQLResponseWriter.WriteCsvAsync(context.Response, result, aborted);
        }
        else
        {
            await GraphQLResponseWriter.WriteResultAsync(context.Response, status, mediaType, result, aborted);
        }
        GraphQLRequestLog.Executed(logger, context, request, result, status, started);
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

    private async Task RejectAsync(HttpContext context, string mediaType, TransportError error, string? operationName, long started)
    {
        await GraphQLResponseWriter.WriteErrorAsync(context.Response, mediaType, error, context.RequestAborted);
        GraphQLRequestLog.Rejected(logger, context, operationName, error, started);
    }
}
