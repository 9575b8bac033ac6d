using System.CommandLine;
using BpjsTk.Api.Hosting;
using BpjsTk.Api.Security;
using BpjsTk.Data;
using Spectre.Console;

namespace BpjsTk.Api.Cli;

/// <summary>The <c>generate</c> verb on the command line; the work and its progress display are <see cref="GenerateCommand"/>'s.</summary>
internal static class GenerateVerb
{
    public static Command Create()
    {
        var scale = new Option<string>("--scale") { Description = "small (about 20,000 participants), medium (about 1 million) or national (about 41.5 million).", DefaultValueFactory = _ => "small" };
        var seed = new Option<int>("--seed") { Description = "The same seed writes the same rows.", DefaultValueFactory = _ => 1 };
        var participants = new Option<int?>("--participants") { Description = "Override the number of participants of the scale." };
        var reset = new Option<bool>("--reset") { Description = "Remove earlier synthetic data first." };
        var command = new Command("generate", "Fill the database with deterministic synthetic data, with a progress bar per table.")
        {
            scale, seed, participants, reset,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            List<string> arguments = ["--scale", parseResult.GetValue(scale)!, "--seed", parseResult.GetValue(seed).ToString(System.Globalization.CultureInfo.InvariantCulture)];
            if (parseResult.GetValue(participants) is { } count)
            {
                arguments.AddRange(["--participants", count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            }
            if (parseResult.GetValue(reset))
            {
                arguments.Add("--reset");
            }

            try
            {
                await using var app = ApiApplication.Build([DatabaseVerb.QuietDatabaseLog, .. parseResult.UnmatchedTokens]);
                var settings = app.Services.GetRequiredService<DatabaseSettings>();
                var key = app.Services.GetRequiredService<NikHashKey>();
                await using (var db = settings.CreateContext())
                {
                    await DatabaseInitializer.InitializeAsync(db, key.Bytes, cancellationToken);
                }
                return await GenerateCommand.RunAsync(arguments, settings, key.Bytes, CliConsole.Create(), cancellationToken);
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
