using System.CommandLine;
using BpjsTk.Api.Hosting;
using BpjsTk.Data;

namespace BpjsTk.Api.Cli;

/// <summary><c>serve</c>: runs the HTTP API until Ctrl+C or SIGTERM, and says where it listens.</summary>
internal sealed class ServeCommand : Command
{
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
            await app.StartAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is StartupConfigurationException or DatabaseUnavailableException)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(exception.Message);
            return 1;
        }

        foreach (var url in app.Urls)
        {
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                $"BpjsTk is listening on {url.TrimEnd('/')}/graphql/ (Banana Cake Pop in a browser, GraphQL over HTTP for clients)");
        }
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
