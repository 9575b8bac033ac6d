using System.CommandLine;
using BpjsTk.Api.Hosting;
using BpjsTk.Api.Security;
using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using Spectre.Console;

namespace BpjsTk.Api.Cli;

/// <summary>The <c>import</c> verb on the command line; the work and its progress bar are <see cref="ImportCommand"/>'s.</summary>
internal static class ImportVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The CSV file of coverage figures (a branch's monthly export)." };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Rows validated and written together; a total and its categories are kept in one batch.",
            DefaultValueFactory = _ => ImportCommand.DefaultBatchSize,
        };
        var command = new Command("import", "Load coverage figures from a CSV file, all or nothing, with a progress bar; refused rows go to FILE.rejected.csv.")
        {
            file, batchSize,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                await using var app = ApiApplication.Build([DatabaseVerb.QuietDatabaseLog, .. parseResult.UnmatchedTokens]);
                var settings = app.Services.GetRequiredService<DatabaseSettings>();
                await using (var db = settings.CreateContext())
                {
                    await DatabaseInitializer.InitializeAsync(db, app.Services.GetRequiredService<NikHashKey>().Bytes, cancellationToken);
                }

                return await ImportCommand.RunAsync(
                    parseResult.GetValue(file)!,
                    parseResult.GetValue(batchSize),
                    settings,
                    ChangeActor.CommandLine(Environment.UserName),
                    CliConsole.Create(),
                    TimeProvider.System,
                    cancellationToken);
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
