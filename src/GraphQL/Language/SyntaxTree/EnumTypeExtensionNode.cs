namespace BpjsTk.GraphQL.Language;

/// <summary>`extend enum Name { VALUES }` (spec 3.9.1).</summary>
public sealed record EnumTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}
