namespace BpjsTk.GraphQL.Language;

/// <summary>A whole document: executable and/or type-system definitions (spec 2.2).</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Document;
}
