namespace BpjsTk.GraphQL.Language;

/// <summary>`extend interface Name ...` (spec 3.7.1).</summary>
public sealed record InterfaceTypeExtensionNode(NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}
