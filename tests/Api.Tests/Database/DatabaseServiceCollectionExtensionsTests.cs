using BpjsTk.Api.Database;
using BpjsTk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace BpjsTk.Api.Tests.Database;

public sealed class DatabaseServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("bpjstk-api-").FullName;

    [Fact]
    public void Without_configuration_the_database_is_SQLite_in_data_under_the_content_root()
    {
        var settings = DatabaseServiceCollectionExtensions.ReadSettings(Configuration([]));

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal($"Data Source={Path.Combine(_contentRoot, "data", "bpjstk.db")}", settings.ConnectionString);
        Assert.True(Directory.Exists(Path.Combine(_contentRoot, "data")));
    }

    [Fact]
    public void Postgres_takes_its_connection_string_from_ConnectionStrings_Postgres()
    {
        var settings = DatabaseServiceCollectionExtensions.ReadSettings(Configuration(new()
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Postgres"] = "Host=db;Database=bpjstk",
        }));

        Assert.Equal(new DatabaseSettings(DatabaseProvider.Postgres, "Host=db;Database=bpjstk"), settings);
    }

    [Fact]
    public void Postgres_without_a_connection_string_says_which_setting_is_missing()
    {
        var error = Assert.Throws<DatabaseUnavailableException>(() =>
            DatabaseServiceCollectionExtensions.ReadSettings(Configuration(new() { ["Database:Provider"] = "Postgres" })));

        Assert.Equal("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.", error.Message);
    }

    [Fact]
    public async Task A_request_scope_gets_a_context_from_the_pool_on_the_configured_provider()
    {
        await using var services = new ServiceCollection().AddBpjsTkDatabase(Configuration([])).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();

        var db = scope.ServiceProvider.GetRequiredService<BpjsTkDbContext>();

        Assert.True(db.Database.IsSqlite());
    }

    [Fact]
    public async Task The_readiness_check_reports_an_unreachable_database_as_unhealthy()
    {
        await using var reachable = new ServiceCollection().AddLogging().AddBpjsTkDatabase(Configuration([])).BuildServiceProvider();
        await using var unreachable = new ServiceCollection().AddLogging().AddBpjsTkDatabase(Configuration(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Database=bpjstk;Timeout=2",
        })).BuildServiceProvider();

        Assert.Equal(0, await BpjsTk.Api.Cli.MigrateCommand.RunAsync(reachable, TextWriter.Null, TextWriter.Null, CancellationToken.None));

        var healthy = await reachable.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));
        var unhealthy = await unreachable.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Healthy, healthy.Entries["database"].Status);
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Entries["database"].Status);
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    private IConfiguration Configuration(Dictionary<string, string?> settings)
    {
        settings[HostDefaults.ContentRootKey] = _contentRoot;
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
