namespace BpjsTk.GraphQL.Language;

/// <summary>`extend schema ...` (spec 3.3.2).</summary>
public sealed record SchemaExtensionNode(IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}
