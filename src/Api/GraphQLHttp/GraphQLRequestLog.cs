using System.Diagnostics;
using BpjsTk.GraphQL.Execution;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>
/// The one structured line per GraphQL request. It names the operation, never its variables or
/// document text: those can hold a national ID number (NIK).
/// </summary>
internal static partial class GraphQLRequestLog
{
    private const string None = "-";

    /// <summary>A request the engine answered: its outcome is ok, field errors, or the request error's code.</summary>
    public static void Executed(ILogger logger, HttpContext context, GraphQLRequest request, ExecutionResult result, int statusCode, long startedTimestamp)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }
        var outcome = result switch
        {
            { IsRequestError: true, Errors.Count: > 0 } => result.Errors[0].Code ?? "REQUEST_ERROR",
            { IsRequestError: true } => "REQUEST_ERROR",
            { Errors.Count: > 0 } => "field-errors",
            _ => "ok",
        };
        var operationType = result.OperationType?.ToString().ToLowerInvariant() ?? None;
        var fieldErrors = result.IsRequestError ? 0 : result.Errors.Count;
        var elapsed = Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds;
        Completed(logger, context.Request.Method, operationType, request.OperationName ?? None, statusCode, outcome, fieldErrors, elapsed);
    }

    /// <summary>A request the transport turned away before the engine saw it.</summary>
    public static void Rejected(ILogger logger, HttpContext context, string? operationName, TransportError error, long startedTimestamp)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }
        var elapsed = Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds;
        Completed(logger, context.Request.Method, None, operationName ?? None, error.StatusCode, error.Code, 0, elapsed);
    }

    /// <summary>A reporting query answered from the response cache: outcome <c>cached</c>, no execution.</summary>
    public static void Served(ILogger logger, HttpContext context, string? operationName, long startedTimestamp)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }
        var elapsed = Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds;
        Completed(logger, context.Request.Method, "query", operationName ?? None, StatusCodes.Status200OK, "cached", 0, elapsed);
    }

    /// <summary>The client went away before an answer was ready.</summary>
    public static void Abandoned(ILogger logger, HttpContext context, string? operationName, long startedTimestamp)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }
        var elapsed = Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds;
        Aborted(logger, context.Request.Method, operationName ?? None, elapsed);
    }

    /// <summary>The executor threw instead of answering: a defect, never the caller's fault.</summary>
    public static void ExecutorFailed(ILogger logger, Exception exception, HttpContext context, string? operationName, string errorId) =>
        Failed(logger, exception, context.Request.Method, operationName ?? None, errorId);

    /// <summary>A resolver threw: the caller got a masked error with <paramref name="errorId"/>, the log gets the exception under the same id.</summary>
    public static void FieldFailed(ILogger logger, Exception exception, HttpContext context, string? operationName, string errorId) =>
        ResolverFailed(logger, exception, context.Request.Method, operationName ?? None, errorId);

    [LoggerMessage(EventId = 1000, EventName = "GraphQLRequest", Level = LogLevel.Information,
        Message = "GraphQL {HttpMethod} {OperationType} {OperationName} -> {StatusCode} {Outcome} ({FieldErrorCount} field errors) in {ElapsedMilliseconds:0.0} ms")]
    private static partial void Completed(
        ILogger logger, string httpMethod, string operationType, string operationName, int statusCode, string outcome, int fieldErrorCount, double elapsedMilliseconds);

    [LoggerMessage(EventId = 1001, EventName = "GraphQLRequestAbandoned", Level = LogLevel.Information,
        Message = "GraphQL {HttpMethod} {OperationName} abandoned by the client after {ElapsedMilliseconds:0.0} ms")]
    private static partial void Aborted(ILogger logger, string httpMethod, string operationName, double elapsedMilliseconds);

    [LoggerMessage(EventId = 1002, EventName = "GraphQLExecutorFailed", Level = LogLevel.Error,
        Message = "GraphQL {HttpMethod} {OperationName} failed inside the executor (errorId {ErrorId})")]
    private static partial void Failed(ILogger logger, Exception exception, string httpMethod, string operationName, string errorId);

    [LoggerMessage(EventId = 1003, EventName = "GraphQLResolverFailed", Level = LogLevel.Error,
        Message = "GraphQL {HttpMethod} {OperationName}: a resolver failed (errorId {ErrorId})")]
    private static partial void ResolverFailed(ILogger logger, Exception exception, string httpMethod, string operationName, string errorId);
}
