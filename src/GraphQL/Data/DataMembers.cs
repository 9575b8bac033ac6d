using System.Collections.Concurrent;
using System.Reflection;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data;

/// <summary>The properties of a CLR type that filter and sort types are inferred from, named as code-first object types name them.</summary>
internal static class DataMembers
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<DataMember>> Cache = new();

    public static IReadOnlyList<DataMember> Of(Type type) => Cache.GetOrAdd(type, Inspect);

    /// <summary>The GraphQL scalar a CLR value type maps to, or null when it is not a scalar.</summary>
    public static string? ScalarName(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t switch
        {
            _ when t == typeof(string) || t == typeof(char) => "String",
            _ when t == typeof(int) || t == typeof(short) || t == typeof(byte) || t == typeof(sbyte) || t == typeof(ushort) => "Int",
            _ when t == typeof(long) || t == typeof(uint) => "Long",
            _ when t == typeof(bool) => "Boolean",
            _ when t == typeof(double) || t == typeof(float) => "Float",
            _ when t == typeof(decimal) => "Decimal",
            _ when t == typeof(DateTime) || t == typeof(DateTimeOffset) => "DateTime",
            _ when t == typeof(DateOnly) => "Date",
            _ => null,
        };
    }

    private static IReadOnlyList<DataMember> Inspect(Type type)
    {
        var members = new List<DataMember>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0 || property.GetMethod!.IsStatic)
            {
                continue;
            }

            var member = Describe(property);
            if (member is not null)
            {
                members.Add(member);
            }
        }

        return members;
    }

    private static DataMember? Describe(PropertyInfo property)
    {
        var name = MemberNames.CamelCase(property.Name);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (ScalarName(type) is { } scalar)
        {
            return new DataMember(name, property, DataMemberKind.Scalar, type, scalar);
        }

        if (type.IsEnum)
        {
            return new DataMember(name, property, DataMemberKind.Enum, type, null);
        }

        var element = ListElement(type);
        if (element is not null)
        {
            return element.IsClass && element != typeof(string) && ScalarName(element) is null
                ? new DataMember(name, property, DataMemberKind.List, element, null)
                : null;
        }

        return type.IsClass && type != typeof(object) && !type.IsArray ? new DataMember(name, property, DataMemberKind.Object, type, null) : null;
    }

    private static Type? ListElement(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
