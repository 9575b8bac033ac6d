namespace BpjsTk.GraphQL.Language;

/// <summary>`alias: name(args) @directives { ... }` (spec 2.5).</summary>
public sealed record FieldNode(NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Field;
}
