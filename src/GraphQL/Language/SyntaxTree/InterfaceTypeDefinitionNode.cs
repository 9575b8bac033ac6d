namespace BpjsTk.GraphQL.Language;

/// <summary>`interface Name implements I { fields }` (spec 3.7).</summary>
public sealed record InterfaceTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
}
