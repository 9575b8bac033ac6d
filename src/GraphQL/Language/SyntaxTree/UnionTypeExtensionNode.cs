namespace BpjsTk.GraphQL.Language;

/// <summary>`extend union Name = C` (spec 3.8.1).</summary>
public sealed record UnionTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}
