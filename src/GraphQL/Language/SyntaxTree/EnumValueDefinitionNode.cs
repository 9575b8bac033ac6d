namespace BpjsTk.GraphQL.Language;

/// <summary>One value of an enum definition.</summary>
public sealed record EnumValueDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}
