using BpjsTk.Data;
using BpjsTk.Data.Ingestion;

namespace BpjsTk.Schema.Tests.Ingestion;

/// <summary>The codes of a SQLite database seeded with the sample data; the validators read nothing else from it.</summary>
public sealed class SeededCodes : IAsyncLifetime
{
    private static readonly byte[] NikHashKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private readonly string _folder = Directory.CreateTempSubdirectory("bpjstk-codes-").FullName;

    public CoverageFigureCodes Codes { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "codes.db")};Pooling=False");
        await using var db = settings.CreateContext();
        await DatabaseInitializer.InitializeAsync(db, NikHashKey, CancellationToken.None);
        Codes = await CoverageFigureCodes.LoadAsync(db, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
