namespace BpjsTk.GraphQL.Utilities;

/// <summary>The " Did you mean ...?" tail of an error message, as graphql-js words it: at most five quoted suggestions.</summary>
internal static class DidYouMean
{
    private const int MaxSuggestions = 5;

    /// <summary>Empty when there is nothing to suggest; else e.g. <c> Did you mean "a", "b", or "c"?</c>.</summary>
    public static string Format(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var prefix = subMessage is null ? " Did you mean " : $" Did you mean {subMessage} ";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => $"{prefix}{quoted[0]}?",
            2 => $"{prefix}{quoted[0]} or {quoted[1]}?",
            _ => $"{prefix}{string.Join(", ", quoted.Take(quoted.Count - 1))}, or {quoted[^1]}?",
        };
    }
}
