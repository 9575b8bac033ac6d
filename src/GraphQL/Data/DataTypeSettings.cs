namespace BpjsTk.GraphQL.Data;

/// <summary>How the filter and sort types of one CLR type differ from the inferred ones.</summary>
internal sealed class DataTypeSettings
{
    public string? BaseName { get; set; }

    public HashSet<string> Ignored { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> FilterTypes { get; } = new(StringComparer.Ordinal);
}
