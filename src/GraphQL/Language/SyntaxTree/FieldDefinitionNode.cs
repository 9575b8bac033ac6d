namespace BpjsTk.GraphQL.Language;

/// <summary>`name(args): Type @directives` in an object or interface.</summary>
public sealed record FieldDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}
