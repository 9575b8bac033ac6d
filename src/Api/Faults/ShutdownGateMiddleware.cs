using BpjsTk.Api.Security;

namespace BpjsTk.Api.Faults;

/// <summary>
/// Once the host is stopping, new requests are answered 503 (<c>/healthz</c> excepted) while the requests already in
/// flight run to completion within <c>Hosting:ShutdownTimeout</c>; a load balancer retries them on another instance.
/// </summary>
internal sealed class ShutdownGateMiddleware(RequestDelegate next, IHostApplicationLifetime lifetime)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested && !context.Request.Path.StartsWithSegments("/healthz"))
        {
            context.Response.Headers.Connection = "close";
            context.Response.Headers.RetryAfter = "1";
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, FaultErrorCodes.ShuttingDown,
                "This server is shutting down; send the request again.");
            return;
        }

        await next(context);
    }
}
