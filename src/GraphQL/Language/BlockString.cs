using System.Text;

namespace BpjsTk.GraphQL.Language;

/// <summary>The block string algorithms of spec 2.9.4: BlockStringValue() for reading, and graphql-js's printing.</summary>
internal static class BlockString
{
    /// <summary>
    /// BlockStringValue(): removes the common indentation of all lines but the first, then the
    /// leading and trailing blank lines, and joins with \n.
    /// </summary>
    public static string Dedent(List<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }
            if (firstNonBlank < 0)
            {
                firstNonBlank = i;
            }
            lastNonBlank = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }
        if (firstNonBlank < 0)
        {
            return string.Empty;
        }
        if (firstNonBlank == lastNonBlank && (firstNonBlank == 0 || commonIndent == 0))
        {
            return lines[firstNonBlank];
        }
        var result = new StringBuilder();
        for (var i = firstNonBlank; i <= lastNonBlank; i++)
        {
            if (i > firstNonBlank)
            {
                result.Append('\n');
            }
            var line = lines[i];
            if (i == 0)
            {
                result.Append(line);
            }
            else if (line.Length > commonIndent)
            {
                result.Append(line, commonIndent, line.Length - commonIndent);
            }
        }
        return result.ToString();
    }

    /// <summary>Prints a value as a block string the way graphql-js's printBlockString does.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1;
        for (var i = 1; i < lines.Length && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || IsWhiteSpace(lines[i][0]);
        }
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var result = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }
        return result.Append("\"\"\"").ToString();
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
