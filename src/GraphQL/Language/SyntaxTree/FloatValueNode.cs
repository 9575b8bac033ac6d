namespace BpjsTk.GraphQL.Language;

/// <summary>A float literal, kept as written (spec 2.9.2).</summary>
public sealed record FloatValueNode(string Value) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}
