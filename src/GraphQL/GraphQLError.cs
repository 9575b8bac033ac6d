using System.Collections.Immutable;

namespace BpjsTk.GraphQL;

/// <summary>
/// An error as the response's <c>errors</c> list carries it (spec 7.1.2): a message for people,
/// the locations in the document, the path of the field in the result, and extensions whose
/// <c>code</c> tells programs what went wrong.
/// </summary>
public sealed record GraphQLError
{
    public GraphQLError(string message, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions ?? ImmutableDictionary<string, object?>.Empty;
    }

    /// <summary>A GraphQLError with an <c>extensions.code</c>.</summary>
    public static GraphQLError WithCode(string message, string code, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null) =>
        new(message, locations, path, new Dictionary<string, object?> { ["code"] = code });

    /// <summary>What went wrong, in words for the person reading the response.</summary>
    public string Message { get; init; }

    /// <summary>Where in the document; empty when no place in the text is to blame.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; init; }

    /// <summary>The response path of the field that failed (names and list indexes); null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>Machine-readable details; <c>code</c> is always present on errors this engine raises.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; }

    /// <summary>
    /// The exception behind a masked resolver error, for the host to log; never written to the response.
    /// </summary>
    public Exception? Exception { get; init; }

    /// <summary>The <c>extensions.code</c>, if any.</summary>
    public string? Code => Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>The <c>extensions.errorId</c> of a masked error: the host logs its exception under the same id.</summary>
    public string? ErrorId => Extensions.TryGetValue(MaskedErrors.ErrorIdKey, out var id) ? id as string : null;
}
