extern alias api;

using System.Data.Common;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BpjsTk.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BpjsTk.Benchmarks.Reporting;

/// <summary>
/// Each dashboard query through the whole API (HTTP request to the in-process host, GraphQL engine, EF Core, JSON
/// response read as text) against its hand-written SQL run with ADO.NET (every value of every row read), on the
/// medium synthetic data of both providers.
/// </summary>
public class ReportingBenchmarks
{
    private WebApplicationFactory<api::Program> _api = null!;
    private HttpClient _client = null!;
    private ReportingQuery _query = null!;
    private string _sql = null!;

    [ParamsAllValues]
    public DatabaseProvider Provider { get; set; }

    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = ReportingQueries.All[0].Name;

    public static IEnumerable<string> Queries => ReportingQueries.All.Select(q => q.Name);

    /// <summary>Logs every SQL statement the API sends with its time (EF Core's command log), to see where a request's time goes.</summary>
    public bool LogStatements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _query = ReportingQueries.All.Single(q => q.Name == Query);
        _sql = _query.Sql.Replace("{agg}", Provider == DatabaseProvider.Sqlite
            ? "group_concat(DISTINCT s.\"Publisher\")"
            : "string_agg(DISTINCT s.\"Publisher\", ',')", StringComparison.Ordinal);
        _api = new WebApplicationFactory<api::Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("Database:Provider", Provider.ToString());
            host.UseSetting(Provider == DatabaseProvider.Sqlite ? "ConnectionStrings:Sqlite" : "ConnectionStrings:Postgres", ReportingData.ConnectionString(Provider));
            host.UseSetting("Database:InitializeOnStart", "false");
            // every request executes: the response cache would answer repeated requests without running the query
            host.UseSetting("GraphQL:ResponseCache:Enabled", "false");
            host.UseSetting("Security:NikHashKey", Convert.ToBase64String(ReportingData.NikHashKey));
            // the per-request Information lines would time the console, not the API
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            host.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
            if (LogStatements)
            {
                host.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
                host.UseSetting("Logging:LogLevel:BpjsTk.Api.GraphQLHttp", "Information");
            }
        });
        _client = _api.CreateClient();
        Check();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _api.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int DirectSql() => ReadSqlAsync(null).GetAwaiter().GetResult();

    [Benchmark]
    public int Api() => PostAsync().GetAwaiter().GetResult().Length;

    /// <summary>The direct SQL's time alone, for <see cref="LogStatements"/> runs.</summary>
    public TimeSpan TimeSql()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        DirectSql();
        return watch.Elapsed;
    }

    private async Task<string> PostAsync()
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query = _query.GraphQL });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> ReadSqlAsync(List<object?>? column)
    {
        await using DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(ReportingData.ConnectionString(Provider))
            : new NpgsqlConnection(ReportingData.ConnectionString(Provider));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            column?.Add(values[_query.Column] is DBNull ? null : Convert.ToDouble(values[_query.Column], CultureInfo.InvariantCulture));
            rows++;
        }

        return rows;
    }

    // the API and the SQL must give the same rows, or the comparison means nothing
    private void Check()
    {
        using var response = JsonDocument.Parse(PostAsync().GetAwaiter().GetResult());
        if (response.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"{Query} on {Provider}: {errors}");
        }

        var list = response.RootElement.GetProperty("data").EnumerateObject().Single().Value;
        var items = list.TryGetProperty("items", out var found) ? found : list.GetProperty("nodes");
        var fromApi = items.EnumerateArray()
            .Select(i => i.GetProperty(_query.Field) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : (double?)null)
            .ToList();
        var fromSql = new List<object?>();
        var rows = ReadSqlAsync(fromSql).GetAwaiter().GetResult();
        var same = rows == _query.Rows && fromApi.Count == rows
            && fromApi.Zip(fromSql).All(p => p.First is null ? p.Second is null : p.Second is double d && Math.Abs(d - p.First.Value) < 1e-9);
        if (!same)
        {
            throw new InvalidOperationException(
                $"{Query} on {Provider}: the API gave {fromApi.Count} rows ({string.Join(", ", fromApi.Take(5))}...), the SQL {rows} ({string.Join(", ", fromSql.Take(5))}...), {_query.Rows} expected.");
        }
    }
}
