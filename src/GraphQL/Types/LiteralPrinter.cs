using System.Globalization;
using System.Text;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Prints a value literal as graphql-js 17's print does: <c>{ a: 1 }</c>, <c>[1, 2]</c>, lists and
/// objects broken over indented lines past 80 characters, strings escaped or as block strings.
/// </summary>
public static class LiteralPrinter
{
    private const int MaxLineLength = 80;

    /// <summary>The GraphQL text of <paramref name="value"/>.</summary>
    public static string Print(ValueNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case IntValueNode i: return i.Value;
            case FloatValueNode f: return f.Value;
            case StringValueNode s: return s.Block ? PrintBlockString(s.Value) : PrintString(s.Value);
            case BooleanValueNode b: return b.Value ? "true" : "false";
            case NullValueNode: return "null";
            case EnumValueNode e: return e.Value;
            case VariableNode v: return "$" + v.Name.Value;
            case ListValueNode list:
                var items = list.Values.Select(Print).ToList();
                return 2 + JoinedLength(items) > MaxLineLength
                    ? "[\n" + Indent(string.Join('\n', items)) + "\n]"
                    : "[" + string.Join(", ", items) + "]";
            case ObjectValueNode obj:
                var fields = obj.Fields.Select(f => f.Name.Value + ": " + Print(f.Value)).ToList();
                return 4 + JoinedLength(fields) > MaxLineLength
                    ? "{\n" + Indent(string.Join('\n', fields)) + "\n}"
                    : "{ " + string.Join(", ", fields) + " }";
            default:
                throw new ArgumentException($"Unknown value node {value.Kind}.", nameof(value));
        }
    }

    /// <summary>A string as a GraphQL string literal (graphql-js printString).</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or (>= '\u007f' and <= '\u009f'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A string as a block string (graphql-js printBlockString).</summary>
    public static string PrintBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || IsWhiteSpace(l[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var builder = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    /// <summary>True when a description can print as a block string and read back the same (graphql-js isPrintableAsBlockString).</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case < '\t' or '\u000b' or '\u000c' or '\u000e' or '\u000f' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    private static int JoinedLength(List<string> items)
    {
        var length = 0;
        foreach (var item in items)
        {
            if (item.Length != 0)
            {
                length += (length == 0 ? 0 : 2) + item.Length;
            }
        }

        return length;
    }

    private static string Indent(string text) => "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
}
