namespace BpjsTk.GraphQL.Language;

/// <summary>`scalar Name` (spec 3.5).</summary>
public sealed record ScalarTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}
