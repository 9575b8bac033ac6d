namespace BpjsTk.GraphQL.Language;

/// <summary>`extend scalar Name @directives` (spec 3.5.1).</summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NameNode Name { get; init; } = Name;

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
