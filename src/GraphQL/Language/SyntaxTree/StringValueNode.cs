namespace BpjsTk.GraphQL.Language;

/// <summary>A string literal with escapes resolved; `Block` tells a `"""block string"""` (spec 2.9.4).</summary>
public sealed record StringValueNode(string Value, bool Block) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}
