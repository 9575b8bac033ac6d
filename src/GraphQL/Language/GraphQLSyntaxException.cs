namespace BpjsTk.GraphQL.Language;

/// <summary>
/// The document is not valid GraphQL text or breaks a parser limit; <see cref="Error"/> carries the
/// message in graphql-js's wording, the location and <c>extensions.code</c>.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(GraphQLError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>The error as the response's <c>errors</c> list carries it.</summary>
    public GraphQLError Error { get; }
}
