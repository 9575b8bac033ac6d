namespace BpjsTk.GraphQL.Language;

/// <summary>`directive @name(args) repeatable on LOCATION | ...` (spec 3.13).</summary>
public sealed record DirectiveDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool Repeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
