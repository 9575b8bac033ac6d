using System.Globalization;
using System.Text;
using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using BpjsTk.Schema.Ingestion;
using Spectre.Console;

namespace BpjsTk.Api.Cli;

/// <summary>
/// <c>import FILE.csv [--batch-size N]</c>: loads a branch's monthly export of coverage figures, all or nothing. Every line
/// is read and validated; lines that fail go to <c>FILE.rejected.csv</c> with their reasons and then nothing is written.
/// The file is written in one transaction, batch by batch, so importing the same file again changes nothing.
/// </summary>
internal static class ImportCommand
{
    public const int Succeeded = 0;
    public const int Rejected = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;

    public const int DefaultBatchSize = 5_000;

    public static async Task<int> RunAsync(
        string path, int batchSize, DatabaseSettings settings, ChangeActor actor, IAnsiConsole console, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        if (!File.Exists(path))
        {
            console.MarkupLineInterpolated($"[red]No file '{path}' (looked for {Path.GetFullPath(path)}). Nothing was written.[/]");
            return UsageError;
        }

        if (batchSize < 1)
        {
            console.MarkupLineInterpolated($"[red]--batch-size must be at least 1, not {batchSize}.[/]");
            return UsageError;
        }

        await using var db = settings.CreateContext();
        var writer = new CoverageFigureWriter(db, new DataChangeNotifier(), timeProvider);
        await writer.PrepareForFileAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var reader = new ImportCsvReader(path);
                if (await reader.ReadHeaderAsync() is { } headerError)
                {
                    console.MarkupLineInterpolated($"[red]{Path.GetFileName(path)}: {headerError} Nothing was written.[/]");
                    return UsageError;
                }

                ImportOutcome? outcome = null;
                await console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        await using var session = await writer.BeginAsync(actor, cancellationToken);
                        var import = new ImportRun(reader, path, session, new CoverageFigureBatchValidator(session.Codes, timeProvider), new ImportProgressBar(context));
                        outcome = await import.RunAsync(batchSize, cancellationToken);
                    });
                return Report(console, path, outcome!);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                console.MarkupLine("[yellow]Interrupted; nothing was written.[/]");
                return Interrupted;
            }
            catch (DecoderFallbackException notText)
            {
                console.MarkupLineInterpolated(
                    $"[red]{Path.GetFileName(path)} is not UTF-8 text ({notText.Message.TrimEnd('.')}); save it as UTF-8 (CSV UTF-8 in a spreadsheet) and import it again. Nothing was written.[/]");
                return UsageError;
            }
            catch (Exception conflict) when (CoverageFigureWriter.IsTransientConflict(conflict) && attempt < CoverageFigureWriter.MaxAttempts)
            {
                // The whole file's transaction lost a deadlock to a concurrent writer and was rolled back; the file starts again.
                console.MarkupLineInterpolated(
                    $"[yellow]{Path.GetFileName(path)}: a concurrent write conflicted ({conflict.Message}); nothing was written, importing again (attempt {attempt + 1} of {CoverageFigureWriter.MaxAttempts}).[/]");
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(50, 250) * attempt), cancellationToken);
            }
        }
    }

    private static int Report(IAnsiConsole console, string path, ImportOutcome outcome)
    {
        var name = Path.GetFileName(path);
        var seconds = outcome.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture);
        if (outcome.Result is not { } result)
        {
            console.MarkupLineInterpolated(
                $"[red]{name}: {Count(outcome.Rejected)} of {Count(outcome.Rows)} rows refused; nothing was written. Reasons in {outcome.RejectedPath}.[/]");
            return Rejected;
        }

        var rate = Count((long)(outcome.Rows / Math.Max(outcome.Elapsed.TotalSeconds, 0.001)));
        console.MarkupLineInterpolated(
            $"{name}: {Count(outcome.Rows)} rows imported: {Count(result.Inserted)} inserted, {Count(result.Updated)} updated, {Count(result.Unchanged)} unchanged in {seconds} s ({rate} rows/s).");
        return Succeeded;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
