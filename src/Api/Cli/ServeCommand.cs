using System.CommandLine;
using BpjsTk.Api.Hosting;
using BpjsTk.Api.Security;
using BpjsTk.Data;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Api.Cli;

/// <summary><c>serve</c>: runs the HTTP API until Ctrl+C or SIGTERM, and says where it listens.</summary>
internal sealed class ServeCommand : Command
{
    /// <summary>Whether <c>serve</c> migrates the database and seeds an empty one before listening (default true).</summary>
    public const string InitializeOnStartKey = "Database:InitializeOnStart";

    public ServeCommand()
        : base("serve", $"Run the GraphQL API (default; listens on {ApiApplication.DefaultUrl} unless --urls or configuration says otherwise).")
    {
        TreatUnmatchedTokensAsErrors = false;
        SetAction(RunAsync);
    }

    public async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var app = ApiApplication.Build([.. parseResult.UnmatchedTokens]);
        try
        {
            await InitializeDatabaseAsync(app, parseResult.InvocationConfiguration.Output, cancellationToken);
        }
        catch (Exception exception) when (exception is StartupConfigurationException or DatabaseUnavailableException)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(exception.Message);
            return 1;
        }

        await app.StartAsync(cancellationToken);
        foreach (var url in app.Urls)
        {
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                $"BpjsTk is listening on {url.TrimEnd('/')}/graphql/ (Banana Cake Pop in a browser, GraphQL over HTTP for clients)");
        }
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    // First run: create and migrate the database, and load the sample data when it is empty.
    private static async Task InitializeDatabaseAsync(WebApplication app, TextWriter output, CancellationToken cancellationToken)
    {
        if (!app.Configuration.GetValue(InitializeOnStartKey, defaultValue: true))
        {
            return;
        }

        var key = app.Services.GetRequiredService<NikHashKey>();
        var factory = app.Services.GetRequiredService<IDbContextFactory<BpjsTkDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var seeded = await DatabaseInitializer.InitializeAsync(db, key.Bytes, cancellationToken);
        if (seeded.RowsAdded > 0)
        {
            await output.WriteLineAsync($"Created the database and loaded the sample data ({seeded.RowsAdded} rows).");
        }
    }
}
