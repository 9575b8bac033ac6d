using System.Globalization;
using BpjsTk.Data;
using BpjsTk.Data.Synthetic;
using Spectre.Console;

namespace BpjsTk.Api.Cli;

/// <summary>
/// <c>generate --scale small|medium|national [--seed N] [--participants N] [--reset]</c>: fills the database with
/// synthetic data, showing a progress bar per table and a summary. A second run refuses unless given <c>--reset</c>;
/// an interrupted run keeps its whole batches and is finished by running again with <c>--reset</c>.
/// </summary>
internal static class GenerateCommand
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;

    public const string Usage = "generate --scale small|medium|national [--seed N] [--participants N] [--reset]";

    public static async Task<int> RunAsync(
        IReadOnlyList<string> arguments, DatabaseSettings settings, byte[] nikKey, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        if (!TryParse(arguments, nikKey, out var options, out var error))
        {
            console.MarkupLineInterpolated($"[red]{error}[/]");
            console.WriteLine("Usage: " + Usage);
            return UsageError;
        }

        await using var db = settings.CreateContext();
        console.MarkupLineInterpolated(
            $"Generating [bold]{options.Scale.ToString().ToLowerInvariant()}[/] synthetic data with seed {options.Seed} into {settings.Provider}...");
        try
        {
            GenerationSummary? summary = null;
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var progress = new GenerationProgressBars(context);
                    summary = await new SyntheticDataGenerator(db).GenerateAsync(options, progress, cancellationToken);
                });
            WriteSummary(console, summary!);
            return Succeeded;
        }
        catch (SyntheticDataException refused)
        {
            console.MarkupLineInterpolated($"[red]{refused.Message}[/]");
            return Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.MarkupLine("[yellow]Interrupted. Every batch written so far is whole; run generate again with --reset to start over.[/]");
            return Interrupted;
        }
    }

    public static bool TryParse(IReadOnlyList<string> arguments, byte[] nikKey, out SyntheticDataOptions options, out string error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        options = new SyntheticDataOptions(SyntheticScale.Small, 1, nikKey);
        error = string.Empty;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            switch (argument)
            {
                case "--reset":
                    options = options with { Reset = true };
                    continue;
                case "--scale" when Enum.TryParse<SyntheticScale>(value, ignoreCase: true, out var scale) && !int.TryParse(value, out _):
                    options = options with { Scale = scale };
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--participants" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
                    && count is >= SyntheticDataOptions.MinimumParticipants and <= SyntheticDataOptions.MaximumParticipants:
                    options = options with { ParticipantCount = count };
                    break;
                case "--scale" or "--seed" or "--participants":
                    error = $"'{value}' is not a valid value for {argument}.";
                    return false;
                default:
                    error = $"Unknown argument '{argument}'.";
                    return false;
            }

            i++;
        }

        return true;
    }

    private static void WriteSummary(IAnsiConsole console, GenerationSummary summary)
    {
        var table = new Table().AddColumns("Table", "Rows", "Time", "Rows/s");
        foreach (var t in summary.Tables)
        {
            table.AddRow(t.Table, Count(t.Rows), Seconds(t.Elapsed), Count((long)t.RowsPerSecond));
        }

        table.AddRow("[bold]Total[/]", Count(summary.TotalRows), Seconds(summary.Elapsed), Count((long)summary.RowsPerSecond));
        console.Write(table);
        console.MarkupLineInterpolated(
            $"Source [bold]{summary.SourceCode}[/]; database size {(summary.DatabaseSizeBytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.InvariantCulture)} MiB.");
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture) + " s";
}
