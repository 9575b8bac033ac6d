using BpjsTk.Api.Health;
using BpjsTk.Api.Telemetry;
using BpjsTk.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Api.Database;

public static class DatabaseServiceCollectionExtensions
{
    public const string ProviderKey = "Database:Provider";
    public const string SqliteConnectionKey = "ConnectionStrings:Sqlite";
    public const string PostgresConnectionKey = "ConnectionStrings:Postgres";

    /// <summary>The SQLite file used when none is configured, relative to the content root.</summary>
    public const string DefaultSqliteFile = "data/bpjstk.db";

    /// <summary>
    /// Registers <see cref="DatabaseSettings"/>, a pooled <see cref="IDbContextFactory{BpjsTkDbContext}"/> for the
    /// configured provider, and a scoped <see cref="BpjsTkDbContext"/> taken from that pool (for health checks and
    /// per-request use), and a database health check tagged <see cref="HealthTags.Ready"/>. Settings are read when first resolved, so a bad configuration surfaces as a
    /// <see cref="DatabaseUnavailableException"/> where the database is first used.
    /// </summary>
    public static IServiceCollection AddBpjsTkDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(_ => ReadSettings(configuration));
        services.AddPooledDbContextFactory<BpjsTkDbContext>((provider, options) =>
        {
            provider.GetRequiredService<DatabaseSettings>().Apply(options);
            if (provider.GetService<SqlStatementCounter>() is { } statements)
            {
                options.AddInterceptors(statements);
            }
        });
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<BpjsTkDbContext>>().CreateDbContext());
        services.AddHealthChecks().AddDbContextCheck<BpjsTkDbContext>("database", tags: [HealthTags.Ready]);
        return services;
    }

    public static DatabaseSettings ReadSettings(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerName = configuration[ProviderKey];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            throw new DatabaseUnavailableException($"{ProviderKey} is '{providerName}'; use Sqlite or Postgres.");
        }

        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = configuration[PostgresConnectionKey];
            return string.IsNullOrWhiteSpace(postgres)
                ? throw new DatabaseUnavailableException($"{ProviderKey} is Postgres but {PostgresConnectionKey} is not set.")
                : new DatabaseSettings(DatabaseProvider.Postgres, postgres);
        }

        var contentRoot = configuration[HostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory();
        var sqlite = configuration[SqliteConnectionKey];
        if (string.IsNullOrWhiteSpace(sqlite))
        {
            sqlite = new SqliteConnectionStringBuilder { DataSource = Path.Combine(contentRoot, DefaultSqliteFile) }.ToString();
        }

        CreateFolderOf(sqlite, contentRoot);
        return new DatabaseSettings(DatabaseProvider.Sqlite, sqlite);
    }

    // SQLite creates the file but not its folder.
    private static void CreateFolderOf(string connectionString, string contentRoot)
    {
        string dataSource;
        try
        {
            dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException exception)
        {
            throw new DatabaseUnavailableException($"{SqliteConnectionKey} is invalid: {exception.Message}", exception);
        }

        if (dataSource.Length == 0 || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource, contentRoot));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
