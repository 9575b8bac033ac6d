namespace BpjsTk.GraphQL.Language;

/// <summary>`extend input Name { fields }` (spec 3.10.1).</summary>
public sealed record InputObjectTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}
