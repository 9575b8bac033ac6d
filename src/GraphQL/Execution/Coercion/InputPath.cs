using System.Globalization;
using System.Text;

namespace BpjsTk.GraphQL.Execution;

/// <summary>Where inside an input value coercion is: field names and list indexes, printed as graphql-js's printPathArray does.</summary>
internal sealed class InputPath
{
    // most values are flat or valid: the segment list is made on the first push
    private List<object>? _segments;

    public int Depth => _segments?.Count ?? 0;

    public void Push(string field) => (_segments ??= []).Add(field);

    public void Push(int index) => (_segments ??= []).Add(index);

    public void Pop() => _segments!.RemoveAt(_segments.Count - 1);

    public IReadOnlyList<object> ToArray() => _segments is null ? [] : [.. _segments];

    /// <summary><c> at .period.from[0]</c>, or nothing at the top.</summary>
    public string Print() => _segments is null ? string.Empty : Print(_segments);

    public static string Print(IReadOnlyList<object> segments)
    {
        if (segments.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder(" at ");
        foreach (var segment in segments)
        {
            _ = segment is int index
                ? text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']')
                : text.Append('.').Append((string)segment);
        }

        return text.ToString();
    }
}
