using System.Globalization;

namespace BpjsTk.GraphQL;

/// <summary>
/// The error a caller sees when a resolver fails unexpectedly: HotChocolate's wording, the code <c>INTERNAL_SERVER_ERROR</c>
/// and an <c>errorId</c> that the host writes to its log beside the exception, so support can find the cause without the
/// response revealing it.
/// </summary>
public static class MaskedErrors
{
    /// <summary>The message of every masked error.</summary>
    public const string Message = "Unexpected Execution Error";

    /// <summary>The extensions key holding the error's id.</summary>
    public const string ErrorIdKey = "errorId";

    /// <summary>
    /// A masked error for <paramref name="exception"/> with a fresh id; with <paramref name="includeDetails"/> the
    /// exception's type, message and stack trace go in <c>extensions.exception</c> as well.
    /// </summary>
    public static GraphQLError Create(Exception exception, bool includeDetails, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = ErrorCodes.InternalError,
            [ErrorIdKey] = NewErrorId(),
        };
        if (includeDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        return new GraphQLError(Message, locations, path, extensions) { Exception = exception };
    }

    /// <summary>A short random id, unique enough to find one log entry among a day's.</summary>
    public static string NewErrorId() => Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..16];
}
