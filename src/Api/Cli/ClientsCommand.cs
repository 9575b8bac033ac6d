using System.CommandLine;
using BpjsTk.Api.Hosting;
using BpjsTk.Api.Security;
using BpjsTk.Data;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Api.Cli;

/// <summary><c>clients add|list|revoke</c>: manages API clients; <c>add</c> prints the new key once.</summary>
internal static class ClientsCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "A unique name, e.g. jember-dpmptsp.", Required = true };
        var organisation = new Option<string>("--organisation") { Description = "Who operates the client, e.g. DPMPTSP Kabupaten Jember.", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = "reports:read, membership:check, data:write or admin; repeat for more.", Required = true, AllowMultipleArgumentsPerToken = true };
        var regencies = new Option<string[]>("--regency") { Description = "Regency codes (35.09) whose applicants it may check; repeat for more; none for any.", AllowMultipleArgumentsPerToken = true };
        var add = new Command("add", "Add a client and print its API key (shown this once only).") { name, organisation, scopes, regencies };
        add.TreatUnmatchedTokensAsErrors = false;
        add.SetAction((parse, ct) => RunAsync(parse, async (registry, output) =>
        {
            var key = await registry.AddAsync(parse.GetRequiredValue(name), parse.GetRequiredValue(organisation), parse.GetRequiredValue(scopes), parse.GetValue(regencies), ct);
            await output.WriteLineAsync($"Client '{parse.GetRequiredValue(name)}' added. Its API key, shown only now:");
            await output.WriteLineAsync(key);
            return 0;
        }, ct));

        var list = new Command("list", "List clients with their scopes and regencies (never their keys).");
        list.TreatUnmatchedTokensAsErrors = false;
        list.SetAction((parse, ct) => RunAsync(parse, async (registry, output) =>
        {
            foreach (var client in await registry.ListAsync(ct))
            {
                var state = client.RevokedAt is { } revoked ? $"revoked {revoked:yyyy-MM-dd}" : "active";
                await output.WriteLineAsync($"{client.Name}\t{client.Organisation}\t{client.KeyPrefix}\t{client.Scopes}\t{client.RegencyCodes ?? "any regency"}\t{state}");
            }

            return 0;
        }, ct));

        var revokeName = new Argument<string>("name") { Description = "The client to revoke." };
        var revoke = new Command("revoke", "Revoke a client's key; its audit records stay.") { revokeName };
        revoke.TreatUnmatchedTokensAsErrors = false;
        revoke.SetAction((parse, ct) => RunAsync(parse, async (registry, output) =>
        {
            if (await registry.RevokeAsync(parse.GetRequiredValue(revokeName), ct))
            {
                await output.WriteLineAsync($"Client '{parse.GetRequiredValue(revokeName)}' revoked.");
                return 0;
            }

            await parse.InvocationConfiguration.Error.WriteLineAsync($"No active client is named '{parse.GetRequiredValue(revokeName)}'.");
            return 1;
        }, ct));

        return new Command("clients", "Manage API clients: add, list, revoke.") { add, list, revoke };
    }

    // Runs one registry task with the application's configuration and a migrated database, then exits.
    private static async Task<int> RunAsync(ParseResult parse, Func<ApiClientRegistry, TextWriter, Task<int>> run, CancellationToken cancellationToken)
    {
        try
        {
            await using var app = ApiApplication.Build([.. parse.UnmatchedTokens]);
            var databases = app.Services.GetRequiredService<IDbContextFactory<BpjsTkDbContext>>();
            await using (var db = await databases.CreateDbContextAsync(cancellationToken))
            {
                await DatabaseInitializer.MigrateAsync(db, cancellationToken);
            }

            return await run(new ApiClientRegistry(databases, TimeProvider.System), parse.InvocationConfiguration.Output);
        }
        catch (Exception exception) when (exception is StartupConfigurationException or DatabaseUnavailableException or ArgumentException)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}
