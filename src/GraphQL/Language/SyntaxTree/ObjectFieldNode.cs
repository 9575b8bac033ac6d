namespace BpjsTk.GraphQL.Language;

/// <summary>One `name: value` of an object value.</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
