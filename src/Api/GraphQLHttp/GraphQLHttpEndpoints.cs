using BpjsTk.Api.ResponseCaching;
using BpjsTk.Api.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>Registers and maps GraphQL over HTTP at <c>/graphql</c> (and <c>/graphql/</c>, where Banana Cake Pop posts).</summary>
internal static class GraphQLHttpEndpoints
{
    public const string Route = "/graphql";

    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLHttpOptions>(configuration.GetSection(GraphQLHttpOptions.SectionName));
        services.Configure<ResponseCacheOptions>(configuration.GetSection(ResponseCacheOptions.SectionName));
        services.AddMetrics();
        services.TryAddSingleton<ApiMetrics>();
        services.TryAddSingleton(provider => new ResponseCache(
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ResponseCacheOptions>>(), provider.GetService<CacheableRootFields>(),
            provider.GetService<BpjsTk.Data.Ingestion.IDataChangeNotifier>()));
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.TryAddSingleton<ISchemaSdlProvider, PrintedSchemaSdlProvider>();
        return services;
    }

    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, (HttpContext context, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(context));
        endpoints.MapGet(Route, (HttpContext context, GraphQLHttpEndpoint endpoint) =>
            context.Request.Query.ContainsKey("sdl") ? WriteSdlAsync(context) : endpoint.HandleAsync(context));
        endpoints.MapGet(Route + "/schema.graphql", WriteSdlAsync);
        return endpoints;
    }

    private static async Task WriteSdlAsync(HttpContext context)
    {
        var sdl = context.RequestServices.GetRequiredService<ISchemaSdlProvider>().GetSchemaSdl();
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (sdl is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("This server has no GraphQL schema configured.\n", context.RequestAborted);
            return;
        }
        await context.Response.WriteAsync(sdl, context.RequestAborted);
    }
}
