namespace BpjsTk.GraphQL.Language;

/// <summary>An input value literal (spec 2.9).</summary>
public abstract record ValueNode : SyntaxNode;
