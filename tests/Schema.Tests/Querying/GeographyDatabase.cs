using BpjsTk.Data;
using BpjsTk.Data.Seeding;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Querying;

/// <summary>Migrated databases seeded with the sample data (the reference geography), one per provider, made once per test class.</summary>
public sealed class GeographyDatabase(PostgresCluster cluster) : IDisposable
{
    private static readonly byte[] NikHashKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private readonly Lazy<string> _sqliteFolder = new(() => Directory.CreateTempSubdirectory("bpjstk-querying-").FullName);
    private readonly Dictionary<DatabaseProvider, DatabaseSettings> _seeded = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<DatabaseSettings> SeededAsync(DatabaseProvider provider)
    {
        await _lock.WaitAsync();
        try
        {
            if (_seeded.TryGetValue(provider, out var existing))
            {
                return existing;
            }

            var settings = provider == DatabaseProvider.Sqlite
                ? new DatabaseSettings(provider, $"Data Source={Path.Combine(_sqliteFolder.Value, "querying.db")};Pooling=False")
                : new DatabaseSettings(provider, await cluster.CreateDatabaseAsync("querying"));
            await using (var db = settings.CreateContext())
            {
                await DatabaseInitializer.MigrateAsync(db, CancellationToken.None);
                await SampleDataSeeder.SeedAsync(db, NikHashKey, CancellationToken.None);
            }

            _seeded[provider] = settings;
            return settings;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose()
    {
        _lock.Dispose();
        if (_sqliteFolder.IsValueCreated)
        {
            Directory.Delete(_sqliteFolder.Value, recursive: true);
        }
    }
}
