using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>An enum value being built.</summary>
internal sealed class EnumValueConfig
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The runtime value; null means the name itself.</summary>
    public object? Value { get; set; }

    public List<AppliedDirective> Directives { get; } = [];

    public SyntaxNode? Node { get; set; }
}
