namespace BpjsTk.GraphQL.Language;

/// <summary>`@name(args)` (spec 2.12).</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
