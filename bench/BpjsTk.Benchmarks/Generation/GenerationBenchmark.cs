using System.Diagnostics;
using System.Globalization;
using BpjsTk.Data;
using BpjsTk.Data.Synthetic;

namespace BpjsTk.Benchmarks.Generation;

/// <summary>
/// Times one synthetic data run on a fresh database: migrate and seed first (not timed), then generate with a
/// progress line per table, then print the figures as a Markdown table row for docs/benchmarks.md.
/// </summary>
internal static class GenerationBenchmark
{
    public const string Usage =
        "generate --provider sqlite|postgres --connection <connection string> [--scale small|medium|national] [--seed N] [--participants N]";

    // A fixed benchmark key, so the API over the generated data (bench/BpjsTk.Benchmarks/Reporting) can hash NIKs the same way.
    public static readonly byte[] NikKey = "benchmark NIK hashing key, 32 b!"u8.ToArray();

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options(args);
        if (options is null)
        {
            Console.Error.WriteLine("Usage: " + Usage);
            return 2;
        }

        var (settings, generation) = options.Value;
        await using var db = settings.CreateContext();
        var seeding = Stopwatch.StartNew();
        await DatabaseInitializer.InitializeAsync(db, NikKey, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"migrate + seed: {seeding.Elapsed.TotalSeconds:N1} s"));

        var lastLine = Stopwatch.StartNew();
        var progress = new ConsoleProgress(p =>
        {
            if (lastLine.Elapsed.TotalSeconds >= 5 || p.RowsWritten == p.RowsPlanned)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Table,-20} {p.RowsWritten,12:N0} / {p.RowsPlanned,12:N0} {p.RowsPerSecond,10:N0} rows/s"));
                lastLine.Restart();
            }
        });
        var summary = await new SyntheticDataGenerator(db).GenerateAsync(generation, progress, CancellationToken.None);

        foreach (var table in summary.Tables)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {table.Table} | {table.Rows:N0} | {table.Elapsed.TotalSeconds:N1} s | {table.RowsPerSecond:N0} |"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| Total ({settings.Provider}, {summary.SourceCode}) | {summary.TotalRows:N0} | {summary.Elapsed.TotalSeconds:N1} s | {summary.RowsPerSecond:N0} | {summary.DatabaseSizeBytes / 1024.0 / 1024.0:N0} MiB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:N0} MiB"));
        return 0;
    }

    private static (DatabaseSettings Settings, SyntheticDataOptions Generation)? Options(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var provider = Value("--provider") switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" => DatabaseProvider.Postgres,
            _ => (DatabaseProvider?)null,
        };
        if (provider is null || Value("--connection") is not { } connection
            || !Enum.TryParse<SyntheticScale>(Value("--scale") ?? "medium", ignoreCase: true, out var scale))
        {
            return null;
        }

        var seed = int.Parse(Value("--seed") ?? "42", CultureInfo.InvariantCulture);
        int? participants = Value("--participants") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : null;
        return (new DatabaseSettings(provider.Value, connection), new SyntheticDataOptions(scale, seed, NikKey) { ParticipantCount = participants, Reset = true });
    }

    private sealed class ConsoleProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
