namespace BpjsTk.GraphQL.Language;

/// <summary>`extend type Name ...` (spec 3.6.3).</summary>
public sealed record ObjectTypeExtensionNode(NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}
