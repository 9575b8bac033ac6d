namespace BpjsTk.GraphQL.Language;

/// <summary>A type reference by name (spec 2.11).</summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}
