using System.Text.Json;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.Benchmarks.Engine;

/// <summary>
/// The reporting schema, its in-memory data and the documents, read from Engine/Documents, which
/// bench/js/engine-compare.mjs reads too so both engines run the same work.
/// </summary>
internal static class EngineFixture
{
    public static readonly string[] CaseNames = ["small", "dashboard", "introspection"];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Engine", "Documents");

    /// <summary>The schema; every field is read from the root value's dictionaries, as graphql-js's default resolver reads objects.</summary>
    public static Schema BuildSchema() => SchemaBuilder.FromSdl(Read("schema.graphql")).Build();

    /// <summary>The data the root value holds: dictionaries, lists, strings, ints, doubles, booleans and nulls.</summary>
    public static object? RootValue()
    {
        using var json = JsonDocument.Parse(Read("data.json"));
        return ToClr(json.RootElement);
    }

    public static EngineCase Case(string name) => name switch
    {
        "small" => new EngineCase(name, Read("small.graphql"), null),
        "dashboard" => new EngineCase(name, Read("dashboard.graphql"), JsonDocument.Parse(Read("dashboard.variables.json")).RootElement.Clone()),
        "introspection" => new EngineCase(name, IntrospectionQuery.Get(), null),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown engine benchmark case."),
    };

    private static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    private static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var number) ? number : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
