namespace BpjsTk.GraphQL.Language;

/// <summary>`name: value` (spec 2.6).</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
