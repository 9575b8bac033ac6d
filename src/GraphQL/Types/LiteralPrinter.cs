using System.Text;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>Prints a value literal as GraphQL text the way graphql-js's print does (strings escaped, <c>{a: 1}</c>, <c>[1, 2]</c>).</summary>
public static class LiteralPrinter
{
    /// <summary>The GraphQL text of <paramref name="value"/>.</summary>
    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary>A string as a GraphQL string literal (graphql-js printString).</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case IntValueNode i: builder.Append(i.Value); break;
            case FloatValueNode f: builder.Append(f.Value); break;
            case StringValueNode s: AppendString(builder, s.Value); break;
            case BooleanValueNode b: builder.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: builder.Append("null"); break;
            case EnumValueNode e: builder.Append(e.Value); break;
            case VariableNode v: builder.Append('$').Append(v.Name.Value); break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, list.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    Append(builder, obj.Fields[i].Value);
                }

                builder.Append('}');
                break;
            default:
                throw new ArgumentException($"Unknown value node {value.Kind}.", nameof(value));
        }
    }

    private static void AppendString(StringBuilder builder, string value)
    {
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
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }
}
