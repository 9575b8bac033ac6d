using System.CommandLine;
using BpjsTk.Api.Cli;
using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Provenance;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BpjsTk.Api.Tests.Cli;

[Collection(PostgresTests.Name)]
public sealed class ImportCommandTests(PostgresCluster cluster) : IDisposable
{
    private const string SourceCode = "KC-JEMBER-EXPORT";
    private const string Header = "period,officeCode,regencyCode,category,sourceCode,activeParticipants,newParticipants,note";

    private static readonly string[] Categories = ["PU", "BPU", "JAKON", "PMI"];

    private static readonly byte[] NikKey = "a test key for hashing NIKs 32b!"u8.ToArray();

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bpjstk-import-");
    private readonly FixedClock _clock = new(new DateTimeOffset(2025, 6, 15, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_import_verb_takes_a_file_and_a_batch_size()
    {
        var result = ApiCommandLine.Create().Parse(["import", "jember-2025-05.csv", "--batch-size", "100"]);

        Assert.Empty(result.Errors);
        Assert.Equal("import", result.CommandResult.Command.Name);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Importing_the_same_file_twice_gives_the_same_totals(DatabaseProvider provider)
    {
        var settings = await SeededAsync(provider);
        var file = Csv("jember.csv", MonthsByCategory(24));

        var (first, firstOutput) = await ImportAsync(settings, file, batchSize: 10);
        var totals = await TotalsAsync(settings);
        var (second, secondOutput) = await ImportAsync(settings, file, batchSize: 7);

        Assert.Equal((ImportCommand.Succeeded, ImportCommand.Succeeded), (first, second));
        Assert.Contains("jember.csv: 96 rows imported: 96 inserted, 0 updated, 0 unchanged", firstOutput, StringComparison.Ordinal);
        Assert.Contains("jember.csv: 96 rows imported: 0 inserted, 0 updated, 96 unchanged", secondOutput, StringComparison.Ordinal);
        Assert.Equal((96, 96 * 1_000L), totals);
        Assert.Equal(totals, await TotalsAsync(settings));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Invalid_rows_are_rejected_with_reasons_beside_the_input_and_nothing_is_written(DatabaseProvider provider)
    {
        var settings = await SeededAsync(provider);
        List<string> lines = [.. MonthsByCategory(12)];
        lines[3] = $"2024-01,KC-ATLANTIS,35.09,PMI,{SourceCode},1000,10,\"Atlantis, sub-branch\"";
        lines[30] = $"2099-07,KC-JEMBER,35.09,PU,{SourceCode},-4,,";
        lines.Add($"2023-01,KC-JEMBER,35.09,PU,{SourceCode},1000,10,again");
        var file = Csv("jember.csv", lines);

        var (exitCode, output) = await ImportAsync(settings, file, batchSize: 8);

        Assert.Equal(ImportCommand.Rejected, exitCode);
        Assert.Contains("jember.csv: 3 of 49 rows refused; nothing was written. Reasons in", output, StringComparison.Ordinal);
        Assert.Equal((0, 0L), await TotalsAsync(settings));
        var rejected = await File.ReadAllLinesAsync(Path.Combine(_folder.FullName, "jember.rejected.csv"));
        Assert.Equal(
            [
                Header + ",reason",
                $"2024-01,KC-ATLANTIS,35.09,PMI,{SourceCode},1000,10,\"Atlantis, sub-branch\",line 5: officeCode: No office has the code 'KC-ATLANTIS'.",
                $"2099-07,KC-JEMBER,35.09,PU,{SourceCode},-4,,,line 32: period: '2099-07' is in the future; the latest month is 2025-06. activeParticipants: activeParticipants may not be negative (-4).",
                $"2023-01,KC-JEMBER,35.09,PU,{SourceCode},1000,10,again,line 50: period: The same figure as line 2.",
            ],
            rejected);
    }

    [Fact]
    public async Task A_clean_import_removes_the_rejected_file_of_an_earlier_run()
    {
        var settings = await SeededAsync(DatabaseProvider.Sqlite);
        var file = Csv("jember.csv", MonthsByCategory(1));
        var earlier = Path.Combine(_folder.FullName, "jember.rejected.csv");
        await File.WriteAllTextAsync(earlier, "stale");

        var (exitCode, _) = await ImportAsync(settings, file, batchSize: 100);

        Assert.Equal(ImportCommand.Succeeded, exitCode);
        Assert.False(File.Exists(earlier));
    }

    [Fact]
    public async Task A_header_with_an_unknown_column_is_refused_before_anything_is_read()
    {
        var settings = await SeededAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(_folder.FullName, "typo.csv");
        await File.WriteAllLinesAsync(file, ["period,sourceCode,activeParticipant", $"2024-01,{SourceCode},5"]);

        var (exitCode, output) = await ImportAsync(settings, file, batchSize: 100);

        Assert.Equal(ImportCommand.UsageError, exitCode);
        Assert.Contains("typo.csv: Unknown column(s) 'activeParticipant'", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_there_is_named_with_where_it_was_looked_for()
    {
        var settings = await SeededAsync(DatabaseProvider.Sqlite);

        var (exitCode, output) = await ImportAsync(settings, Path.Combine(_folder.FullName, "jember-2025-05.csv"), batchSize: 100);

        Assert.Equal(ImportCommand.UsageError, exitCode);
        Assert.Contains($"No file '{Path.Combine(_folder.FullName, "jember-2025-05.csv")}'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_with_a_message_and_nothing_is_written()
    {
        var settings = await SeededAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(_folder.FullName, "latin1.csv");
        var lines = string.Join("\n", [Header, .. MonthsByCategory(2)]) + "\n";
        // A spreadsheet's Windows-1252 export: the note's "é" is the single byte 0xE9, which UTF-8 never writes alone.
        await File.WriteAllBytesAsync(file, [.. System.Text.Encoding.ASCII.GetBytes(lines), .. System.Text.Encoding.ASCII.GetBytes($"2024-01,KC-JEMBER,35.09,PU,{SourceCode},5,1,caf"), 0xE9, (byte)'\n']);

        var (exitCode, output) = await ImportAsync(settings, file, batchSize: 100);

        Assert.Equal(ImportCommand.UsageError, exitCode);
        Assert.Contains("latin1.csv is not UTF-8 text", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", output, StringComparison.Ordinal);
        Assert.Equal((0, 0L), await TotalsAsync(settings));
    }

    [Fact]
    public async Task A_header_without_a_required_column_names_it()
    {
        var settings = await SeededAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(_folder.FullName, "nosource.csv");
        await File.WriteAllLinesAsync(file, ["period,officeCode,activeParticipants", "2024-01,KC-JEMBER,5"]);

        var (exitCode, output) = await ImportAsync(settings, file, batchSize: 100);

        Assert.Equal(ImportCommand.UsageError, exitCode);
        Assert.Contains("nosource.csv: Required column(s) 'sourceCode' missing. Nothing was written.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlocks_and_serialization_failures_are_retried_and_other_errors_are_not()
    {
        Assert.True(CoverageFigureWriter.IsTransientConflict(new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected)));
        Assert.True(CoverageFigureWriter.IsTransientConflict(new PostgresException("could not serialize access", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure)));
        Assert.False(CoverageFigureWriter.IsTransientConflict(new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)));
        Assert.False(CoverageFigureWriter.IsTransientConflict(new TimeoutException()));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>The Jember branch's months from 2023-01 by the four categories, 1,000 active participants each.</summary>
    private static IEnumerable<string> MonthsByCategory(int months) =>
        from month in Enumerable.Range(0, months)
        from category in Categories
        select $"{2023 + (month / 12)}-{(month % 12) + 1:D2},KC-JEMBER,35.09,{category},{SourceCode},1000,10,";

    private string Csv(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllLines(path, [Header, .. lines]);
        return path;
    }

    private async Task<(int ExitCode, string Output)> ImportAsync(DatabaseSettings settings, string file, int batchSize)
    {
        var (console, output) = PlainConsole.Create(width: 300);
        var exitCode = await ImportCommand.RunAsync(file, batchSize, settings, ChangeActor.CommandLine("tester"), console, _clock, CancellationToken.None);
        return (exitCode, output.ToString());
    }

    private async Task<DatabaseSettings> SeededAsync(DatabaseProvider provider)
    {
        var name = "import_" + Guid.NewGuid().ToString("N")[..8];
        var settings = provider == DatabaseProvider.Sqlite
            ? new DatabaseSettings(provider, $"Data Source={Path.Combine(_folder.FullName, name + ".db")};Pooling=False")
            : new DatabaseSettings(provider, await cluster.CreateDatabaseAsync(name));
        await using var db = settings.CreateContext();
        await DatabaseInitializer.InitializeAsync(db, NikKey, CancellationToken.None);
        db.Sources.Add(new Source { Code = SourceCode, Kind = SourceKind.Import, Publisher = "BPJS Ketenagakerjaan Jember", Title = "Monthly export", PublishedYear = 2025 });
        await db.SaveChangesAsync();
        return settings;
    }

    private static async Task<(int Figures, long ActiveParticipants)> TotalsAsync(DatabaseSettings settings)
    {
        await using var db = settings.CreateContext();
        var figures = db.CoverageFigures.Where(f => f.Source!.Code == SourceCode);
        return (await figures.CountAsync(), await figures.SumAsync(f => f.ActiveParticipants ?? 0));
    }
}
