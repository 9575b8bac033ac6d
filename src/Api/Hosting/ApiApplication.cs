using BpjsTk.Api.BananaCakePop;
using BpjsTk.Api.Database;
using BpjsTk.Api.Faults;
using BpjsTk.Api.GraphQLHttp;
using BpjsTk.Api.Health;
using BpjsTk.Api.ResponseCaching;
using BpjsTk.Api.Security;
using BpjsTk.Api.Telemetry;
using BpjsTk.Data.Ingestion;
using BpjsTk.GraphQL.Execution;
using BpjsTk.Schema;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.Hosting;

/// <summary>Builds the web application: configuration, services and the HTTP pipeline, shared by every verb.</summary>
internal static class ApiApplication
{
    /// <summary>Where <c>serve</c> listens when neither <c>--urls</c>, <c>URLS</c>/<c>ASPNETCORE_URLS</c>, ports nor Kestrel endpoints are configured.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Environment variables with this prefix configure the API (<c>BPJSTK_GraphQL__MaxRequestBytes</c>), beside ASP.NET's plain ones.</summary>
    public const string EnvironmentPrefix = "BPJSTK_";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        // The command line keeps the last word over the prefixed variables.
        builder.Configuration.AddCommandLine(args);
        if (!HasConfiguredEndpoint(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddBpjsTkFaults(builder.Configuration);
        builder.Services.AddBpjsTkTelemetry(builder.Configuration);
        builder.Services.AddGraphQLHttp(builder.Configuration);
        builder.Services.AddSingleton(new CacheableRootFields(ReportingFields.Names));
        builder.Services.AddIngestion();
        builder.Services.AddBananaCakePop(builder.Configuration);
        builder.Services.AddHealthChecks();
        builder.Services.AddBpjsTkDatabase(builder.Configuration);
        builder.Services.AddHostedService<DatabaseInitializationService>();
        builder.Services.AddBpjsTkSchema();
        builder.Services.AddSingleton<IRequestExecutor>(provider => new RequestExecutor(
            provider.GetRequiredService<GraphQL.Types.Schema>(),
            provider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.ToExecutionOptions(provider) with { Gates = [.. provider.GetServices<IExecutionGate>()] }));
        builder.Services.AddSingleton(provider => NikHashKeyLoader.Load(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>()));
        builder.Services.AddBpjsTkSecurity(builder.Configuration);

        var app = builder.Build();
        app.UseBpjsTkFaults();
        app.UseBananaCakePop();
        app.MapHealthEndpoints();
        app.UseGraphQLRequestBodyLimits();
        app.UseBpjsTkSecurity();
        app.MapGraphQLHttp();
        return app;
    }

    private static bool HasConfiguredEndpoint(ConfigurationManager configuration) =>
        !string.IsNullOrEmpty(configuration["urls"])
        || !string.IsNullOrEmpty(configuration["http_ports"])
        || !string.IsNullOrEmpty(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").Exists();
}
