using System.Globalization;
using System.Text;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation.FieldsInSetCanMerge;

/// <summary>
/// A text that two argument lists share exactly when they are the same arguments with the same
/// values (spec 5.3.2 SameResponseShape's "identical arguments"), argument and input-field order ignored.
/// </summary>
internal static class ValueComparisonKey
{
    /// <summary>The key of a field's arguments; the empty string for none.</summary>
    public static string OfArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var argument in arguments.OrderBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            AppendName(builder, argument.Name.Value);
            Append(builder, argument.Value);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$');
                AppendName(builder, variable.Name.Value);
                break;
            case IntValueNode i:
                builder.Append('i');
                AppendName(builder, i.Value);
                break;
            case FloatValueNode f:
                builder.Append('f');
                AppendName(builder, f.Value);
                break;
            case StringValueNode s:
                builder.Append(s.Block ? 'B' : 's');
                AppendName(builder, s.Value);
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? 'T' : 'F');
                break;
            case NullValueNode:
                builder.Append('N');
                break;
            case EnumValueNode e:
                builder.Append('e');
                AppendName(builder, e.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    Append(builder, item);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    AppendName(builder, field.Name.Value);
                    Append(builder, field.Value);
                }

                builder.Append('}');
                break;
            default:
                throw new ArgumentException($"Unknown value node {value.Kind}.", nameof(value));
        }
    }

    // length-prefixed so that no two different values can run together into one text
    private static void AppendName(StringBuilder builder, string text) =>
        builder.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
}
