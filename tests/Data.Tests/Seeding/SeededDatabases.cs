using BpjsTk.TestSupport;

namespace BpjsTk.Data.Tests.Seeding;

/// <summary>One migrated and seeded database per provider, shared by the tests that only read the sample data.</summary>
public sealed class SeededDatabases(PostgresCluster cluster) : IDisposable
{
    private readonly TestDatabases _databases = new(cluster);
    private readonly Dictionary<DatabaseProvider, Task<DatabaseSettings>> _seeded = [];
    private readonly Lock _lock = new();

    public Task<DatabaseSettings> GetAsync(DatabaseProvider provider)
    {
        lock (_lock)
        {
            if (!_seeded.TryGetValue(provider, out var seeded))
            {
                seeded = SeedAsync(provider);
                _seeded[provider] = seeded;
            }

            return seeded;
        }
    }

    public void Dispose() => _databases.Dispose();

    private async Task<DatabaseSettings> SeedAsync(DatabaseProvider provider)
    {
        var settings = await _databases.CreateAsync(provider, "seeded");
        await using var db = settings.CreateContext();
        await DatabaseInitializer.InitializeAsync(db, TestKeys.NikHashKey, CancellationToken.None);
        return settings;
    }
}
