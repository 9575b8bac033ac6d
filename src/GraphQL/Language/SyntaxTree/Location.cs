namespace BpjsTk.GraphQL.Language;

/// <summary>
/// A span of source text: UTF-16 offsets <paramref name="Start"/> (inclusive) to <paramref name="End"/>
/// (exclusive), and the 1-based line and column of the start, counted in Unicode code points
/// with <c>\r\n</c> as one line break (spec 2.1.7).
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>The location of nodes built by code rather than parsed (line and column 0).</summary>
    public static Location None => default;

    /// <summary>True when this location came from parsed text.</summary>
    public bool IsKnown => Line > 0;
}
