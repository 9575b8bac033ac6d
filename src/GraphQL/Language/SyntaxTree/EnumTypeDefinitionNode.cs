namespace BpjsTk.GraphQL.Language;

/// <summary>`enum Name { VALUES }` (spec 3.9).</summary>
public sealed record EnumTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}
