using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>A directive definition being built.</summary>
internal sealed class DirectiveConfig
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<InputValueConfig> Arguments { get; } = [];

    public List<DirectiveLocation> Locations { get; } = [];

    public bool IsRepeatable { get; set; }

    public SyntaxNode? Node { get; set; }
}
