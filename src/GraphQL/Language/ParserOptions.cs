namespace BpjsTk.GraphQL.Language;

/// <summary>
/// Limits the parser enforces before a hostile document can cost memory or stack. The defaults
/// suit requests; parsing a large schema's SDL at start-up should pass a higher <see cref="MaxTokens"/>.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: 1,000,000 characters, 15,000 tokens, 200 nesting levels.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Most UTF-16 code units a document may have (default 1,000,000, about 1 MB of ASCII text,
    /// far above any hand-written query while bounding what one request may make the lexer scan).
    /// </summary>
    public int MaxDocumentLength { get; init; } = 1_000_000;

    /// <summary>
    /// Most tokens a document may have, ignored tokens not counted (default 15,000, as HotChocolate,
    /// enough for a large introspection query with fragments several times over).
    /// </summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Most nesting levels of selection sets, list and object values and list types, counted
    /// together along one path (default 200), so recursion never nears the stack's end.
    /// </summary>
    public int MaxDepth { get; init; } = 200;
}
