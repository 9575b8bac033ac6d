using System.Net;
using System.Text.Json;
using BpjsTk.Api.Faults;
using BpjsTk.Api.Tests.GraphQLHttp;
using BpjsTk.Api.Tests.TestHost;
using BpjsTk.Data;
using BpjsTk.TestSupport;

namespace BpjsTk.Api.Tests.Faults;

public sealed class DatabaseOutageTests : IClassFixture<PostgresCluster>, IDisposable
{
    private const string ProgramsQuery = "query Programs { programs { code } }";
    private static readonly byte[] NikHashKey = new byte[32];

    private readonly PostgresCluster _postgres;
    private readonly string _folder = Directory.CreateTempSubdirectory("bpjstk-outage-").FullName;

    public DatabaseOutageTests(PostgresCluster postgres) => _postgres = postgres;

    [Fact]
    public async Task A_missing_sqlite_file_is_answered_503_and_served_again_once_it_is_back()
    {
        var file = Path.Combine(_folder, "bpjstk.db");
        // Read-only mode never creates the file, so the database is simply not there until the test puts it there.
        var connection = $"Data Source={file};Mode=ReadOnly;Pooling=False";
        await using var factory = Host(DatabaseProvider.Sqlite, connection);
        var client = factory.CreateClient();

        using var down = await GraphQLHttpTestClient.SendQueryAsync(client, ProgramsQuery);
        using var keyDown = await GraphQLHttpTestClient.SendQueryAsync(client, ProgramsQuery, "bpjstk_000000000.not-a-real-secret");
        var readyDown = await client.GetAsync("/readyz");
        var liveDown = await client.GetAsync("/healthz");
        await SeedAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False"));
        using var up = await GraphQLHttpTestClient.SendQueryAsync(client, ProgramsQuery);

        await AssertUnavailableAsync(down);
        await AssertUnavailableAsync(keyDown);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (readyDown.StatusCode, liveDown.StatusCode));
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Contains("\"JKK\"", await up.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_stopped_postgres_is_answered_503_and_served_again_after_it_restarts_without_restarting_the_api()
    {
        // Pooled, as in production: the pool must let go of the connections the restart broke.
        var connection = (await _postgres.CreateDatabaseAsync("outage")).Replace("Pooling=false", "Pooling=true;Timeout=5", StringComparison.Ordinal);
        await SeedAsync(new DatabaseSettings(DatabaseProvider.Postgres, connection));
        await using var factory = Host(DatabaseProvider.Postgres, connection, ("GraphQL:ResponseCache:Enabled", "false"));
        var client = factory.CreateClient();

        using var before = await GraphQLHttpTestClient.SendQueryAsync(client, ProgramsQuery);
        await _postgres.StopAsync();
        HttpResponseMessage down;
        HttpResponseMessage readyDown;
        HttpResponseMessage liveDown;
        try
        {
            down = await GraphQLHttpTestClient.SendQueryAsync(client, ProgramsQuery);
            readyDown = await client.GetAsync("/readyz");
            liveDown = await client.GetAsync("/healthz");
        }
        finally
        {
            await _postgres.StartAsync();
        }

        var attempts = new List<HttpStatusCode>();
        HttpResponseMessage up;
        do
        {
            up = await GraphQLHttpTestClient.SendQueryAsync(client, ProgramsQuery);
            attempts.Add(up.StatusCode);
        }
        while (up.StatusCode != HttpStatusCode.OK && attempts.Count < 3);
        var readyUp = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await AssertUnavailableAsync(down);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (readyDown.StatusCode, liveDown.StatusCode));
        Assert.Equal([HttpStatusCode.OK], attempts);
        Assert.Equal(HttpStatusCode.OK, readyUp.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static ApiFactory Host(DatabaseProvider provider, string connection, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            [provider == DatabaseProvider.Postgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite"] = connection,
            ["Security:AllowAnonymousReports"] = "true",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new ApiFactory(settings, withSchema: false);
    }

    private static async Task SeedAsync(DatabaseSettings settings)
    {
        await using var db = settings.CreateContext();
        await DatabaseInitializer.InitializeAsync(db, NikHashKey, CancellationToken.None);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(FaultErrorCodes.DatabaseUnavailable, body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal(TimeSpan.FromSeconds(DatabaseUnavailableResponse.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
    }
}
