namespace BpjsTk.GraphQL.Language;

/// <summary>`query: TypeName` inside a schema definition or extension.</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}
