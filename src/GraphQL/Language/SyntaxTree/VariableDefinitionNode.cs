namespace BpjsTk.GraphQL.Language;

/// <summary>`$name: Type = default @directives` (spec 2.10).</summary>
public sealed record VariableDefinitionNode(StringValueNode? Description, VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}
