namespace BpjsTk.GraphQL.Language;

/// <summary>`{name: value...}` (spec 2.9.8).</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}
