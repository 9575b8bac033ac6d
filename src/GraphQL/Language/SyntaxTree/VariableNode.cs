namespace BpjsTk.GraphQL.Language;

/// <summary>`$name` (spec 2.10).</summary>
public sealed record VariableNode(NameNode Name) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Variable;
}
