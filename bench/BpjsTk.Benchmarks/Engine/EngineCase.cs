using System.Text.Json;

namespace BpjsTk.Benchmarks.Engine;

/// <summary>One document the engine benchmarks run, with the variables it is sent with.</summary>
internal sealed record EngineCase(string Name, string Query, JsonElement? Variables);
