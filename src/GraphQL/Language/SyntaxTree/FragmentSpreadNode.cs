namespace BpjsTk.GraphQL.Language;

/// <summary>`...FragmentName @directives` (spec 2.8).</summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}
