using System.Text.Encodings.Web;
using System.Text.Json;
using BpjsTk.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace BpjsTk.Schema.Tests;

/// <summary>Runs documents against the sample data and reports the SQL they cost.</summary>
public sealed class SampleHost(ServiceProvider services, StatementCounter counter)
{
    private readonly RequestExecutor _executor = new(services.GetRequiredService<GraphQL.Types.Schema>(), new ExecutionOptions { Services = services });

    public ServiceProvider Services { get; } = services;

    public StatementCounter Statements { get; } = counter;

    /// <summary>The response as a JSON element, the operation costed with <paramref name="cost"/> (none when null).</summary>
    public async Task<JsonElement> RunAsync(string query, GraphQL.Utilities.CostAnalysis.CostOptions? cost)
    {
        var executor = new RequestExecutor(Services.GetRequiredService<GraphQL.Types.Schema>(), new ExecutionOptions { Services = Services, Cost = cost });
        Statements.Clear();
        var result = await executor.ExecuteAsync(new GraphQLRequest(query), CancellationToken.None);
        using var document = JsonDocument.Parse(result.ToJson());
        return document.RootElement.Clone();
    }

    /// <summary>The response as indented JSON.</summary>
    public async Task<string> ExecuteAsync(string query, string? variables = null)
    {
        JsonElement? json = variables is null ? null : JsonDocument.Parse(variables).RootElement;
        Statements.Clear();
        var result = await _executor.ExecuteAsync(new GraphQLRequest(query, Variables: json), CancellationToken.None);
        using var document = JsonDocument.Parse(result.ToJson());
        return JsonSerializer.Serialize(document.RootElement, Indented);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
