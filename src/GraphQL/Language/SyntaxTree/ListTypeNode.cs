namespace BpjsTk.GraphQL.Language;

/// <summary>`[Type]` (spec 2.11).</summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListType;
}
