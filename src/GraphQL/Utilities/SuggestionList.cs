namespace BpjsTk.GraphQL.Utilities;

/// <summary>The names most like a mistyped one, for "Did you mean ...?" (graphql-js suggestionList).</summary>
internal static class SuggestionList
{
    /// <summary>
    /// The <paramref name="options"/> within a lexical distance of 40% of the input's length (plus one),
    /// closest first, ties in natural order.
    /// </summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var lexicalDistance = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            if (lexicalDistance.Measure(option, threshold) is { } distance)
            {
                distances[option] = distance;
            }
        }

        var names = distances.Keys.ToList();
        names.Sort((a, b) =>
        {
            var difference = distances[a] - distances[b];
            return difference != 0 ? difference : NaturalComparer.Instance.Compare(a, b);
        });
        return names;
    }
}
