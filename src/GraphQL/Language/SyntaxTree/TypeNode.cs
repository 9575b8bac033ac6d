namespace BpjsTk.GraphQL.Language;

/// <summary>A type reference: named, list or non-null (spec 2.11).</summary>
public abstract record TypeNode : SyntaxNode;
