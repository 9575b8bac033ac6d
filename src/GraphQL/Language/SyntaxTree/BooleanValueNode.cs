namespace BpjsTk.GraphQL.Language;

/// <summary>`true` or `false` (spec 2.9.3).</summary>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}
