using BpjsTk.Api.TrustedDocuments;
using BpjsTk.Api.ResponseCaching;
using BpjsTk.Api.Telemetry;
using BpjsTk.Data.Ingestion;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>Registers and maps GraphQL over HTTP at <c>/graphql</c> (and <c>/graphql/</c>, where Banana Cake Pop posts).</summary>
internal static class GraphQLHttpEndpoints
{
    public const string Route = "/graphql";

    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(GraphQLHttpOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                options.Introspection ??= environment.IsDevelopment();
                options.IncludeExceptionDetails ??= environment.IsDevelopment();
            });
        services.Configure<ResponseCacheOptions>(configuration.GetSection(ResponseCacheOptions.SectionName));
        services.AddMetrics();
        services.TryAddSingleton<ApiMetrics>();
        services.TryAddSingleton(provider => new ResponseCache(
            provider.GetRequiredService<IOptions<ResponseCacheOptions>>(), provider.GetService<CacheableRootFields>(),
            provider.GetService<IDataChangeNotifier>()));
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.TryAddSingleton<ISchemaSdlProvider, PrintedSchemaSdlProvider>();
        services.AddSingleton<TrustedDocumentStore>();
        services.AddHostedService(provider => provider.GetRequiredService<TrustedDocumentStore>());
        return services;
    }

    /// <summary>Bounds and decodes GraphQL request bodies; call before anything that reads them.</summary>
    public static IApplicationBuilder UseGraphQLRequestBodyLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<GraphQLRequestBodyMiddleware>();

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
        // the SDL is the schema introspection would give: without introspection it is not served either
        var introspection = context.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Introspection is true;
        var sdl = introspection ? context.RequestServices.GetRequiredService<ISchemaSdlProvider>().GetSchemaSdl() : null;
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (sdl is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync(
                introspection ? "This server has no GraphQL schema configured.\n" : "This server does not publish its schema (GraphQL:Introspection is off).\n",
                context.RequestAborted);
            return;
        }
        await context.Response.WriteAsync(sdl, context.RequestAborted);
    }
}
