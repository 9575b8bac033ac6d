using System.CommandLine;
using BpjsTk.Api.Hosting;
using BpjsTk.Data;

namespace BpjsTk.Api.Cli;

/// <summary>Builds a verb that runs one database task with the application's services and configuration, then exits.</summary>
internal static class DatabaseVerb
{
    /// <summary>A verb reports a database failure in one line of its own; EF Core's error log would repeat it (overridable by a later argument).</summary>
    public const string QuietDatabaseLog = "--Logging:LogLevel:Microsoft.EntityFrameworkCore=None";

    public static Command Create(string name, string description, Func<IServiceProvider, CancellationToken, Task<int>> run)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                await using var app = ApiApplication.Build([QuietDatabaseLog, .. parseResult.UnmatchedTokens]);
                return await run(app.Services, cancellationToken);
            }
            catch (Exception exception) when (exception is StartupConfigurationException or DatabaseUnavailableException)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(exception.Message);
                return 1;
            }
        });
        return command;
    }
}
