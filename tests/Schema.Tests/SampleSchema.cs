using BpjsTk.Data;
using BpjsTk.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BpjsTk.Schema.Tests;

/// <summary>The domain schema over a database migrated and seeded with the sample data, per provider, shared by read-only tests.</summary>
public sealed class SampleSchema(PostgresCluster cluster) : IAsyncDisposable
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
    }

    private async Task<SampleHost> CreateAsync(DatabaseProvider provider)
    {
        var settings = provider == DatabaseProvider.Sqlite
            ? new DatabaseSettings(provider, $"Data Source={Path.Combine(_sqliteFolder.Value, "sample.db")};Pooling=False")
            : new DatabaseSettings(provider, await cluster.CreateDatabaseAsync("schema_sample"));
        return await CreateHostAsync(settings, (_, _) => Task.CompletedTask);
    }

    /// <summary>A host over a database migrated and seeded with the sample data, plus what <paramref name="addData"/> writes.</summary>
    public static async Task<SampleHost> CreateHostAsync(DatabaseSettings settings, Func<BpjsTkDbContext, CancellationToken, Task> addData)
    {
        await using (var db = settings.CreateContext())
        {
            await DatabaseInitializer.InitializeAsync(db, NikHashKey, CancellationToken.None);
            await addData(db, CancellationToken.None);
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
