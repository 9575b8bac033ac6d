namespace BpjsTk.GraphQL.Language;

/// <summary>A name: `[_A-Za-z][_0-9A-Za-z]*` (spec 2.1.9).</summary>
public sealed record NameNode(string Value) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Name;
}
