namespace BpjsTk.GraphQL.Language;

/// <summary>A query, mutation or subscription; the shorthand `{ ... }` is a query without a name (spec 2.3).</summary>
public sealed record OperationDefinitionNode(StringValueNode? Description, OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}
