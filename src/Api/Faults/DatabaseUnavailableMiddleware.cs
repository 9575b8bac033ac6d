using BpjsTk.Data;

namespace BpjsTk.Api.Faults;

/// <summary>Turns a connection failure thrown anywhere after it (authentication's key look-up, the endpoint) into a 503, not a 500.</summary>
internal sealed class DatabaseUnavailableMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (DatabaseConnectivity.IsUnavailable(exception) && !context.Response.HasStarted)
        {
            await DatabaseUnavailableResponse.WriteAsync(context);
        }
    }
}
