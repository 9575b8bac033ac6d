using BpjsTk.Data;
using BpjsTk.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BpjsTk.Schema.Tests;

/// <summary>
/// The domain schema over a database migrated and seeded with the sample data, per provider, shared by read-only tests.
/// A fixture that needs more data derives from it and overrides <see cref="AddDataAsync"/>.
/// </summary>
public class SampleSchema(PostgresCluster cluster) : IAsyncDisposable
{
    private static readonly byte[] NikHashKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private readonly Lazy<string> _sqliteFolder = new(() => Directory.CreateTempSubdirectory("bpjstk-schema-").FullName);
    private readonly Dictionary<DatabaseProvider, Task<SampleHost>> _hosts = [];
    private readonly Lock _lock = new();

    public Task<SampleHost> GetAsync(DatabaseProvider provider)
    {
        lock (_lock)
        {
            if (!_hosts.TryGetValue(provider, out var host))
            {
                host = CreateAsync(provider);
                _hosts[provider] = host;
            }

            return host;
        }
    }

    /// <summary>Writes what a derived fixture adds to the sample data, once per provider.</summary>
    protected virtual Task AddDataAsync(BpjsTkDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await (await host).Services.DisposeAsync();
        }

        if (_sqliteFolder.IsValueCreated)
        {
            Directory.Delete(_sqliteFolder.Value, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private async Task<SampleHost> CreateAsync(DatabaseProvider provider)
    {
        var settings = provider == DatabaseProvider.Sqlite
            ? new DatabaseSettings(provider, $"Data Source={Path.Combine(_sqliteFolder.Value, "sample.db")};Pooling=False")
            : new DatabaseSettings(provider, await cluster.CreateDatabaseAsync("schema_sample"));
        await using (var db = settings.CreateContext())
        {
            await DatabaseInitializer.InitializeAsync(db, NikHashKey, CancellationToken.None);
            await AddDataAsync(db, CancellationToken.None);
        }

        var counter = new StatementCounter();
        var services = new ServiceCollection()
            .AddDbContextFactory<BpjsTkDbContext>(options =>
            {
                settings.Apply(options);
                options.AddInterceptors(counter);
            })
            .AddBpjsTkSchema()
            .BuildServiceProvider();
        return new SampleHost(services, counter);
    }
}
