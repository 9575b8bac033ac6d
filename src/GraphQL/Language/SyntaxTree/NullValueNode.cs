namespace BpjsTk.GraphQL.Language;

/// <summary>`null` (spec 2.9.5).</summary>
public sealed record NullValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
