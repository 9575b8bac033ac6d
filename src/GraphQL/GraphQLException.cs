namespace BpjsTk.GraphQL;

/// <summary>
/// Carries GraphQL errors through code that cannot return them: a resolver throws it to report an
/// error meant for the user (its message is not masked), and value coercion throws it for invalid values.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>An exception for one error.</summary>
    public GraphQLException(GraphQLError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Errors = [error];
    }

    /// <summary>An exception for one error with only a message.</summary>
    public GraphQLException(string message)
        : this(new GraphQLError(message))
    {
    }

    /// <summary>An exception for several errors.</summary>
    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors is { Count: > 0 } ? errors[0].Message : "GraphQL error.")
    {
        Errors = errors;
    }

    /// <summary>An exception for one error with only a message, caused by <paramref name="innerException"/>.</summary>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new GraphQLError(message)];
    }

    /// <summary>The errors to report.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
