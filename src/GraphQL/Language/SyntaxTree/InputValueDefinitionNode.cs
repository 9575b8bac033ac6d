namespace BpjsTk.GraphQL.Language;

/// <summary>An argument or input field definition: `name: Type = default @directives`.</summary>
public sealed record InputValueDefinitionNode(StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}
