using BpjsTk.TestSupport;

namespace BpjsTk.Data.Tests;

/// <summary>Fresh, empty databases on either provider for one test class; SQLite files live in a folder removed with the class.</summary>
public sealed class TestDatabases(PostgresCluster cluster) : IDisposable
{
    private readonly Lazy<string> _sqliteFolder = new(() => Directory.CreateTempSubdirectory("bpjstk-sqlite-").FullName);
    private int _count;

    public async Task<DatabaseSettings> CreateAsync(DatabaseProvider provider, string name = "test")
    {
        var unique = $"{name}_{Interlocked.Increment(ref _count)}";
        return provider switch
        {
            DatabaseProvider.Sqlite => new DatabaseSettings(
                DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_sqliteFolder.Value, unique + ".db")};Pooling=False"),
            DatabaseProvider.Postgres => new DatabaseSettings(DatabaseProvider.Postgres, await cluster.CreateDatabaseAsync(unique)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    public void Dispose()
    {
        if (_sqliteFolder.IsValueCreated)
        {
            Directory.Delete(_sqliteFolder.Value, recursive: true);
        }
    }
}
