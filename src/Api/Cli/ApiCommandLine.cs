using System.CommandLine;
using BpjsTk.Api.Security;

namespace BpjsTk.Api.Cli;

/// <summary>
/// The executable's verbs. <c>serve</c> runs when no verb is given, so <c>dotnet run --project src/Api</c>
/// starts the API. The data layer's verbs (<c>migrate</c>, <c>seed</c>, <c>generate</c>, <c>import</c>,
/// <c>clients</c>) are added to <see cref="Create"/> beside these two.
/// </summary>
internal static class ApiCommandLine
{
    public static RootCommand Create()
    {
        var serve = new ServeCommand();
        var root = new RootCommand("BpjsTk: a GraphQL API over BPJS Ketenagakerjaan coverage data.")
        {
            serve,
            new ExportSchemaCommand(),
            DatabaseVerb.Create("migrate", "Apply pending database migrations and exit.", MigrateCommand.RunAsync),
            DatabaseVerb.Create("seed", "Migrate, then load the reference and sample data that is missing (idempotent).",
                (services, cancellationToken) => SeedCommand.RunAsync(services, services.GetRequiredService<NikHashKey>().Bytes, cancellationToken)),
            GenerateVerb.Create(),
            ImportVerb.Create(),
            ClientsCommand.Create(),
        };
        // Tokens the parser does not know (--urls, --environment, Section:Key=value) go to ASP.NET configuration.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(serve.RunAsync);
        return root;
    }

    public static Task<int> InvokeAsync(string[] args)
    {
        var configuration = new InvocationConfiguration
        {
            // The web host handles Ctrl+C and SIGTERM itself and shuts down gracefully.
            ProcessTerminationTimeout = null,
            // Hosting tools (WebApplicationFactory, OpenAPI generators) stop the app with an exception that must reach them.
            EnableDefaultExceptionHandler = false,
        };
        return Create().Parse(args).InvokeAsync(configuration);
    }
}
