namespace BpjsTk.GraphQL;

/// <summary>A 1-based line and column in a document, as an error's <c>locations</c> entry (spec 7.1.2).</summary>
public readonly record struct SourceLocation(int Line, int Column);
