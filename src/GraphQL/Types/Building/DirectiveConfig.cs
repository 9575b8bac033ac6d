using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>A directive definition being built.</summary>
internal sealed class DirectiveConfig
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<InputValueConfig> Arguments { get; } = [];

    public List<DirectiveLocation> Locations { get; } = [];

    /// <summary>Location names that are not locations, kept for the error message.</summary>
    public List<string> UnknownLocations { get; } = [];

    public bool IsRepeatable { get; set; }

    public SyntaxNode? Node { get; set; }
}
