using System.Text.Encodings.Web;
using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.GraphQL.Execution;
using BpjsTk.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BpjsTk.Api.Tests.Csv;

/// <summary>The domain schema over a temporary SQLite database seeded with the sample data, for the reporting examples.</summary>
public sealed class SampleReporting : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string _folder = Directory.CreateTempSubdirectory("bpjstk-reporting-").FullName;
    private ServiceProvider? _services;
    private RequestExecutor? _executor;

    public async Task InitializeAsync()
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "sample.db")};Pooling=False");
        await using (var db = settings.CreateContext())
        {
            await DatabaseInitializer.InitializeAsync(db, [.. Enumerable.Range(1, 32).Select(i => (byte)i)], CancellationToken.None);
        }

        _services = new ServiceCollection()
            .AddDbContextFactory<BpjsTkDbContext>(settings.Apply)
            .AddBpjsTkSchema()
            .BuildServiceProvider();
        _executor = new RequestExecutor(_services.GetRequiredService<GraphQL.Types.Schema>(), new ExecutionOptions { Services = _services });
    }

    /// <summary>The <c>data</c> of the response as indented JSON; fails on any error.</summary>
    public async Task<JsonElement> ExecuteAsync(string query)
    {
        var result = await _executor!.ExecuteAsync(new GraphQLRequest(query), CancellationToken.None);
        Assert.Empty(result.Errors);
        using var document = JsonDocument.Parse(result.ToJson());
        return document.RootElement.GetProperty("data").Clone();
    }

    public static string Print(JsonElement data) => JsonSerializer.Serialize(data, Indented);

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
