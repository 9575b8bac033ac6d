using BpjsTk.Api.Cli;
using BpjsTk.Data;
using BpjsTk.Data.Provenance;
using BpjsTk.Data.Synthetic;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace BpjsTk.Api.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private static readonly byte[] NikKey = "a test key for hashing NIKs 32b!"u8.ToArray();

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bpjstk-generate-");

    [Fact]
    public void Scale_seed_participants_and_reset_are_read_from_the_arguments()
    {
        Assert.True(GenerateCommand.TryParse(["--scale", "medium", "--seed", "42", "--participants", "5000", "--reset"], NikKey, out var options, out _));

        Assert.Equal(SyntheticScale.Medium, options.Scale);
        Assert.Equal(42, options.Seed);
        Assert.Equal(5000, options.ParticipantCount);
        Assert.True(options.Reset);
    }

    [Theory]
    [InlineData("--scale", "huge")]
    [InlineData("--seed", "forty-two")]
    [InlineData("--participants", "5")]
    [InlineData("--colour", "blue")]
    public async Task Bad_arguments_print_the_usage_and_exit_with_2(string argument, string value)
    {
        var (console, output) = Console();

        var exitCode = await GenerateCommand.RunAsync([argument, value], Sqlite("unused"), NikKey, console, CancellationToken.None);

        Assert.Equal(GenerateCommand.UsageError, exitCode);
        Assert.Contains("Usage: " + GenerateCommand.Usage, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_run_without_reset_explains_itself_and_fails()
    {
        var settings = Sqlite("generated");
        await using (var db = settings.CreateContext())
        {
            await db.Database.MigrateAsync();
            db.Sources.Add(new Source { Code = "SYNTHETIC-SMALL-SEED-1", Kind = SourceKind.Synthetic, Publisher = "test", Title = "earlier run", PublishedYear = 2025 });
            await db.SaveChangesAsync();
        }

        var (console, output) = Console();

        var exitCode = await GenerateCommand.RunAsync(["--scale", "small"], settings, NikKey, console, CancellationToken.None);

        Assert.Equal(GenerateCommand.Failed, exitCode);
        Assert.Contains("already generated (SYNTHETIC-SMALL-SEED-1)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--reset", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_on_a_seeded_database_ends_with_rows_per_table_and_the_database_size()
    {
        var settings = Sqlite("seeded");
        await using (var db = settings.CreateContext())
        {
            await DatabaseInitializer.InitializeAsync(db, NikKey, CancellationToken.None);
        }

        var (console, output) = Console();

        var exitCode = await GenerateCommand.RunAsync(["--participants", "500", "--seed", "3"], settings, NikKey, console, CancellationToken.None);

        Assert.Equal(GenerateCommand.Succeeded, exitCode);
        var text = output.ToString();
        Assert.Matches(@"Participants\s*.\s*500\s", text);
        Assert.Contains("Source SYNTHETIC-500-SEED-3; database size", text, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private DatabaseSettings Sqlite(string name) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder.FullName, name + ".db")};Pooling=False");

    private static (IAnsiConsole Console, StringWriter Output) Console() => PlainConsole.Create();
}
