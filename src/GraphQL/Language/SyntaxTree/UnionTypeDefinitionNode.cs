namespace BpjsTk.GraphQL.Language;

/// <summary>`union Name = A | B` (spec 3.8).</summary>
public sealed record UnionTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}
