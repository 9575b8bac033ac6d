using BpjsTk.GraphQL.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>The API with <see cref="TransportSchema"/> on the engine's executor, configurable per test, logging into <see cref="Logs"/>.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _withSchema;
    private readonly Action<IServiceCollection>? _services;

    public ApiFactory() : this(new Dictionary<string, string?>())
    {
    }

    internal ApiFactory(IReadOnlyDictionary<string, string?> settings, bool withSchema = true, Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _withSchema = withSchema;
        _services = services;
    }

    internal CapturingLoggerProvider Logs { get; } = new();

    /// <summary>A host with no GraphQL schema or executor at all, as a build without the schema module would be.</summary>
    internal static ApiFactory WithoutSchema() => new(new Dictionary<string, string?>(), withSchema: false, services: services =>
    {
        services.RemoveAll<IRequestExecutor>();
        services.RemoveAll<GraphQL.Types.Schema>();
    });

    /// <summary>A database file of this factory's own, so tests never touch a developer's data folder.</summary>
    internal string DatabaseFile { get; } = Path.Combine(Path.GetTempPath(), $"bpjstk-api-tests-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Transport tests need no database; tests that do switch initialisation on in their settings.
        builder.UseSetting("Database:InitializeOnStart", "false");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabaseFile}");
        builder.UseSetting("Security:NikHashKey", Convert.ToBase64String(new byte[32]));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            if (_withSchema)
            {
                services.RemoveAll<IRequestExecutor>();
                services.RemoveAll<GraphQL.Types.Schema>();
                services.AddSingleton<TransportSchema>();
                services.AddSingleton(provider => provider.GetRequiredService<TransportSchema>().Schema);
                services.AddSingleton<IRequestExecutor>(provider => new RequestExecutor(provider.GetRequiredService<GraphQL.Types.Schema>()));
            }
            _services?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}
