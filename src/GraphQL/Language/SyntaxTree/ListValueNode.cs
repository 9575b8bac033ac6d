namespace BpjsTk.GraphQL.Language;

/// <summary>`[value...]` (spec 2.9.7).</summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}
