using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>Prints literals and descriptions as graphql-js 17 does, for messages and SDL.</summary>
public static class LiteralPrinter
{
    /// <summary>The GraphQL text of <paramref name="value"/>.</summary>
    public static string Print(ValueNode value) => SyntaxPrinter.Print(value);

    /// <summary>A string as a GraphQL string literal (graphql-js printString).</summary>
    public static string PrintString(string value) => SyntaxPrinter.Print(new StringValueNode(value, false));

    /// <summary>A string as a block string (graphql-js printBlockString).</summary>
    public static string PrintBlockString(string value) => BlockString.Print(value);

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
}
