using System.Globalization;

namespace BpjsTk.GraphQL.Execution.Processing;

/// <summary>Converts coerced argument values to the CLR type a resolver asks for.</summary>
internal static class InputValues
{
    public static object? Convert(object value, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        if (type.IsEnum)
        {
            return value is string name ? Enum.Parse(type, name, ignoreCase: true) : Enum.ToObject(type, value);
        }

        return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
    }
}
