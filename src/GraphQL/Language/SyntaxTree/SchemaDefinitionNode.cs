namespace BpjsTk.GraphQL.Language;

/// <summary>`schema { query: Q ... }` (spec 3.3).</summary>
public sealed record SchemaDefinitionNode(StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}
