using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BpjsTk.Api.Security;
using BpjsTk.Api.Tests.TestHost;
using BpjsTk.Data;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BpjsTk.Api.Tests.Security;

/// <summary>The API with the domain schema over a SQLite file or a PostgreSQL database seeded with the sample members, and helpers to add clients and send checks.</summary>
internal sealed class MembershipHost : IAsyncDisposable
{
    private static readonly byte[] NikHashKey = [.. Enumerable.Range(1, 32).Select(i => (byte)(i * 7))];

    private MembershipHost(string folder, ApiFactory factory)
    {
        Folder = folder;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public string Folder { get; }

    public ApiFactory Factory { get; }

    public HttpClient Client { get; }

    /// <summary>A host over a new SQLite file, or over a new database of <paramref name="postgres"/> when given.</summary>
    public static async Task<MembershipHost> StartAsync(int checksPerMinute = 10_000, bool allowAnonymousReports = true, PostgresCluster? postgres = null)
    {
        var folder = Directory.CreateTempSubdirectory("bpjstk-membership-").FullName;
        var database = postgres is null
            ? new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "bpjstk.db")};Pooling=False")
            : new DatabaseSettings(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("membership"));
        await using (var db = database.CreateContext())
        {
            await DatabaseInitializer.InitializeAsync(db, NikHashKey, CancellationToken.None);
        }

        var factory = new ApiFactory(
            new Dictionary<string, string?>
            {
                ["Database:Provider"] = database.Provider.ToString(),
                [$"ConnectionStrings:{database.Provider}"] = database.ConnectionString,
                ["Security:NikHashKey"] = Convert.ToBase64String(NikHashKey),
                ["Security:ChecksPerMinute"] = checksPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Security:AllowAnonymousReports"] = allowAnonymousReports ? "true" : "false",
            },
            withSchema: false);
        return new MembershipHost(folder, factory);
    }

    public ApiClientRegistry Registry => new(Factory.Services.GetRequiredService<IDbContextFactory<BpjsTkDbContext>>(), TimeProvider.System);

    public Task<string> AddClientAsync(string name, string[] scopes, string[]? regencies = null) =>
        Registry.AddAsync(name, "Test organisation", scopes, regencies, CancellationToken.None);

    public async Task<HttpResponseMessage> SendAsync(string? key, string query, object? variables = null, bool asApiKeyHeader = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (key is not null && asApiKeyHeader)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        else if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await Client.SendAsync(request);
    }

    public async Task<JsonElement> QueryAsync(string? key, string query, object? variables = null, bool asApiKeyHeader = false)
    {
        using var response = await SendAsync(key, query, variables, asApiKeyHeader);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public async Task<int> CountAuditsAsync()
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<BpjsTkDbContext>>().CreateDbContextAsync();
        return await db.MembershipCheckAudits.CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
