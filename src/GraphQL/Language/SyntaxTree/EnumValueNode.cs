namespace BpjsTk.GraphQL.Language;

/// <summary>An enum value: a name other than true, false, null (spec 2.9.6).</summary>
public sealed record EnumValueNode(string Value) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}
