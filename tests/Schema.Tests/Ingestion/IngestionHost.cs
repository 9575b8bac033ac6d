using System.Text.Encodings.Web;
using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.GraphQL.Execution;
using BpjsTk.Schema.Membership;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BpjsTk.Schema.Tests.Ingestion;

/// <summary>
/// The domain schema over a database of its own (seeded with the sample data), for tests that write; the caller holds the
/// given scopes and the clock stands at <see cref="Now"/>.
/// </summary>
public sealed class IngestionHost : IAsyncDisposable
{
    private static readonly byte[] NikHashKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ServiceProvider _services;
    private readonly DatabaseSettings _settings;
    private readonly string? _sqliteFolder;
    private readonly RequestExecutor _executor;

    private IngestionHost(ServiceProvider services, DatabaseSettings settings, string? sqliteFolder)
    {
        _services = services;
        _settings = settings;
        _sqliteFolder = sqliteFolder;
        _executor = new RequestExecutor(services.GetRequiredService<GraphQL.Types.Schema>(), new ExecutionOptions { Services = services });
    }

    /// <summary>The instant the host's clock shows, which changes are stamped with.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    /// <summary>The client name changes are recorded under.</summary>
    public const string ClientName = "bi-team";

    public static async Task<IngestionHost> CreateAsync(PostgresCluster cluster, DatabaseProvider provider, params string[] scopes)
    {
        var folder = provider == DatabaseProvider.Sqlite ? Directory.CreateTempSubdirectory("bpjstk-ingestion-").FullName : null;
        var settings = folder is not null
            ? new DatabaseSettings(provider, $"Data Source={Path.Combine(folder, "ingestion.db")};Pooling=False")
            : new DatabaseSettings(provider, await cluster.CreateDatabaseAsync("ingestion"));
        await using (var db = settings.CreateContext())
        {
            await DatabaseInitializer.InitializeAsync(db, NikHashKey, CancellationToken.None);
        }

        var caller = new RequestCaller { Caller = new ApiCaller(1, ClientName, new HashSet<string>(scopes), null) };
        var services = new ServiceCollection()
            .AddDbContextFactory<BpjsTkDbContext>(settings.Apply)
            .AddSingleton(caller)
            .AddSingleton<TimeProvider>(new FixedClock(Now))
            .AddBpjsTkSchema()
            .BuildServiceProvider();
        return new IngestionHost(services, settings, folder);
    }

    /// <summary>The response as indented JSON.</summary>
    public async Task<string> ExecuteAsync(string query, object? variables = null)
    {
        JsonElement? json = variables is null ? null : JsonSerializer.SerializeToElement(variables);
        var result = await _executor.ExecuteAsync(new GraphQLRequest(query, Variables: json), CancellationToken.None);
        using var document = JsonDocument.Parse(result.ToJson());
        return JsonSerializer.Serialize(document.RootElement, Indented);
    }

    /// <summary>A context for reading what the mutations wrote.</summary>
    public BpjsTkDbContext Database()
    {
        var db = _settings.CreateContext();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqliteFolder is not null)
        {
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }
}
