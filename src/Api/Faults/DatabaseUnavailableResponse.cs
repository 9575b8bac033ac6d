using BpjsTk.Api.Security;

namespace BpjsTk.Api.Faults;

/// <summary>The one answer for a request that met an unreachable database, wherever in the pipeline it met it.</summary>
internal static class DatabaseUnavailableResponse
{
    /// <summary>Seconds a client is asked to wait: about as long as a database restart or a failover takes.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Message = "The database is unavailable right now; nothing was answered. Retry shortly.";

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, FaultErrorCodes.DatabaseUnavailable, Message);
    }
}
