namespace BpjsTk.GraphQL.Language;

/// <summary>
/// A node of a parsed GraphQL document. Every node knows where it came from, so that every
/// error can point at the text that caused it.
/// </summary>
public abstract record SyntaxNode
{
    /// <summary>Where the node's text starts and ends in the source.</summary>
    public Location Location { get; init; }

    /// <summary>What the node is.</summary>
    public abstract SyntaxKind Kind { get; }
}
