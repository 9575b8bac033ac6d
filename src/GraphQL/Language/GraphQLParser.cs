namespace BpjsTk.GraphQL.Language;

/// <summary>
/// Parses GraphQL text (spec 2 Language, 3 Type System). Each method throws
/// <see cref="GraphQLSyntaxException"/> for invalid text or a broken <see cref="ParserOptions"/> limit.
/// </summary>
public static class GraphQLParser
{
    /// <summary>Parses a whole document: operations, fragments and type-system definitions.</summary>
    public static DocumentNode Parse(string text, ParserOptions? options = null) =>
        new Parser(text, options).ParseDocument();

    /// <summary>Parses text that is exactly one value literal, which may hold variables.</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null) =>
        new Parser(text, options).ParseValueOnly(false);

    /// <summary>Parses text that is exactly one constant value literal (no variables), such as a default value.</summary>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null) =>
        new Parser(text, options).ParseValueOnly(true);

    /// <summary>Parses text that is exactly one type reference, such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null) =>
        new Parser(text, options).ParseTypeOnly();
}
