using System.Collections;
using System.Globalization;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>Literals for plain CLR values when no type is known (applied directive arguments written in code).</summary>
internal static class ValueLiterals
{
    public static ValueNode FromClr(object? value) => value switch
    {
        null => new NullValueNode(),
        ValueNode node => node,
        string s => new StringValueNode(s, false),
        bool b => new BooleanValueNode(b),
        int or long or short or byte or sbyte or ushort or uint or ulong => new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        double or float or decimal => new FloatValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        Enum e => new EnumValueNode(e.ToString()),
        IDictionary dictionary => new ObjectValueNode(dictionary.Keys.Cast<object>()
            .Select(k => new ObjectFieldNode(new NameNode(Convert.ToString(k, CultureInfo.InvariantCulture)!), FromClr(dictionary[k])))
            .ToArray()),
        IEnumerable items => new ListValueNode(items.Cast<object?>().Select(FromClr).ToArray()),
        _ => new StringValueNode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, false),
    };
}
