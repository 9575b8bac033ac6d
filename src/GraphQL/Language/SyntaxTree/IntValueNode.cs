namespace BpjsTk.GraphQL.Language;

/// <summary>An integer literal, kept as written so coercion decides its range (spec 2.9.1).</summary>
public sealed record IntValueNode(string Value) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}
