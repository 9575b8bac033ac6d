using System.Text.Json;
using BpjsTk.Api.GraphQLHttp;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.BananaCakePop;

/// <summary>
/// Serves Banana Cake Pop to browsers: <c>GET /graphql</c> from a browser redirects to <c>/graphql/</c>,
/// which serves the IDE's <c>index.html</c>; its relative asset paths and <c>bcp-config.json</c> resolve beneath it.
/// GraphQL requests (a <c>query</c> parameter, a JSON Accept) pass through to the GraphQL endpoint.
/// </summary>
internal static class BananaCakePopEndpoints
{
    private const string IdePath = GraphQLHttpEndpoints.Route + "/";
    private const string ConfigPath = GraphQLHttpEndpoints.Route + "/bcp-config.json";

    public static IServiceCollection AddBananaCakePop(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BananaCakePopOptions>()
            .Bind(configuration.GetSection(BananaCakePopOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) => options.Enabled ??= environment.IsDevelopment());
        services.AddSingleton<BananaCakePopAssets>();
        return services;
    }

    public static IApplicationBuilder UseBananaCakePop(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<BananaCakePopOptions>>().Value;
        if (options.Enabled is not true)
        {
            return app;
        }
        var assets = app.ApplicationServices.GetRequiredService<BananaCakePopAssets>();
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method))
            {
                return next(context);
            }
            if (request.Path.Equals(ConfigPath, StringComparison.Ordinal))
            {
                return WriteConfigAsync(context, options);
            }
            if (IsBrowserNavigation(request))
            {
                if (request.Path.Equals(GraphQLHttpEndpoints.Route, StringComparison.Ordinal))
                {
                    context.Response.Redirect(request.PathBase + IdePath);
                    return Task.CompletedTask;
                }
                if (request.Path.Equals(IdePath, StringComparison.Ordinal))
                {
                    return WriteIndexAsync(context, assets);
                }
            }
            return next(context);
        });
        if (Directory.Exists(assets.Directory))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = GraphQLHttpEndpoints.Route,
                FileProvider = new PhysicalFileProvider(assets.Directory),
            });
        }
        return app;
    }

    private static bool IsBrowserNavigation(HttpRequest request) =>
        !request.Query.ContainsKey("query") && !request.Query.ContainsKey("sdl") && ResponseMediaType.PrefersHtml(request);

    private static async Task WriteIndexAsync(HttpContext context, BananaCakePopAssets assets)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        if (assets.IsInstalled)
        {
            await context.Response.SendFileAsync(assets.IndexFile, context.RequestAborted);
            return;
        }
        await context.Response.WriteAsync(InstallInstructionsPage.Render(assets.Directory), context.RequestAborted);
    }

    private static async Task WriteConfigAsync(HttpContext context, BananaCakePopOptions options)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("useBrowserUrlAsEndpoint", true);
            // the IDE would otherwise post to telemetry.chillicream.com after a while; nothing may leave the machine
            writer.WriteBoolean("disableTelemetry", true);
            writer.WriteString("title", options.Title);
            writer.WriteString("graphQLDocument", options.Document);
            writer.WriteEndObject();
        }
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
