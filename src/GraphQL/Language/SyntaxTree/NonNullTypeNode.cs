namespace BpjsTk.GraphQL.Language;

/// <summary>`Type!`; the inner type is named or a list, never non-null (spec 2.11).</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
