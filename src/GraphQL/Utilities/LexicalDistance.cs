namespace BpjsTk.GraphQL.Utilities;

/// <summary>
/// The Damerau-Levenshtein distance (optimal string alignment) from one input to many options,
/// case-insensitive, giving up as soon as the distance passes a threshold (graphql-js LexicalDistance).
/// A case-only difference counts 1.
/// </summary>
internal sealed class LexicalDistance
{
    private readonly string _input;
    private readonly string _inputLowerCase;
    private readonly int[][] _rows;

    public LexicalDistance(string input)
    {
        _input = input;
        _inputLowerCase = input.ToLowerInvariant();
        _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
    }

    /// <summary>The distance to <paramref name="option"/>, or null when it is above <paramref name="threshold"/>.</summary>
    public int? Measure(string option, int threshold)
    {
        if (_input == option)
        {
            return 0;
        }

        var optionLowerCase = option.ToLowerInvariant();
        if (_inputLowerCase == optionLowerCase)
        {
            return 1;
        }

        var a = optionLowerCase;
        var b = _inputLowerCase;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = _rows;
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    // a transposition of two neighbours costs one edit
                    currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallestCell = Math.Min(smallestCell, currentCell);
                currentRow[j] = currentCell;
            }

            if (smallestCell > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
