using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data.Filtering;

/// <summary>
/// Generates HotChocolate.Data's filter input types for a CLR type: <c>XFilterInput</c> with <c>and</c>/<c>or</c>,
/// one operation input per scalar, <c>XOperationFilterInput</c> per enum, nested object filters and
/// <c>ListFilterInputTypeOfXFilterInput</c> for lists of objects.
/// </summary>
internal sealed class FilterTypeFactory(SchemaCompleter completer, DataTypeNames names, DataModel model)
{
    private static readonly string[] Comparable = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public static string FilterTypeName(string baseName) => $"{baseName}FilterInput";

    public static string OperationTypeName(string scalarName) => scalarName switch
    {
        "String" => "StringOperationFilterInput",
        "Boolean" => "BooleanOperationFilterInput",
        _ => $"{scalarName}OperationFilterInput",
    };

    public static string ListTypeName(string filterTypeName) => $"ListFilterInputTypeOf{filterTypeName}";

    /// <summary>Adds the filter input of <paramref name="type"/> and everything it reaches; returns its name.</summary>
    public string Ensure(Type type)
    {
        var name = FilterTypeName(names.BaseName(type));
        if (completer.TryGetConfig(name, out _))
        {
            return name;
        }

        var config = new InputObjectTypeConfig { Name = name };
        completer.AddType(config);
        config.Fields.Add(Field("and", $"[{name}!]"));
        config.Fields.Add(Field("or", $"[{name}!]"));
        foreach (var member in model.Of(type))
        {
            var fieldType = member.FilterTypeName ?? member.Kind switch
            {
                DataMemberKind.Scalar => EnsureScalarOperations(member.ScalarName!),
                DataMemberKind.Enum => EnsureEnumOperations(member.ValueType),
                DataMemberKind.Object => Ensure(member.ValueType),
                _ => EnsureList(Ensure(member.ValueType)),
            };
            config.Fields.Add(Field(member.Name, fieldType));
        }

        return name;
    }

    private string EnsureScalarOperations(string scalar)
    {
        var name = OperationTypeName(scalar);
        if (completer.TryGetConfig(name, out _))
        {
            return name;
        }

        var config = new InputObjectTypeConfig { Name = name };
        string[] operations = scalar switch
        {
            "String" => ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"],
            "Boolean" => ["eq", "neq"],
            _ => Comparable,
        };
        AddOperations(config, operations, scalar);
        completer.AddType(config);
        return name;
    }

    private string EnsureEnumOperations(Type enumType)
    {
        var enumName = names.EnumTypeName(enumType);
        var name = $"{enumName}OperationFilterInput";
        if (completer.TryGetConfig(name, out _))
        {
            return name;
        }

        var config = new InputObjectTypeConfig { Name = name };
        AddOperations(config, ["eq", "neq", "in", "nin"], enumName);
        completer.AddType(config);
        return name;
    }

    private string EnsureList(string elementFilter)
    {
        var name = ListTypeName(elementFilter);
        if (completer.TryGetConfig(name, out _))
        {
            return name;
        }

        var config = new InputObjectTypeConfig { Name = name };
        config.Fields.Add(Field("all", elementFilter));
        config.Fields.Add(Field("none", elementFilter));
        config.Fields.Add(Field("some", elementFilter));
        config.Fields.Add(Field("any", "Boolean"));
        completer.AddType(config);
        return name;
    }

    private static void AddOperations(InputObjectTypeConfig config, string[] operations, string scalar)
    {
        foreach (var operation in operations)
        {
            config.Fields.Add(Field(operation, operation is "in" or "nin" ? $"[{scalar}]" : scalar));
        }
    }

    private static InputValueConfig Field(string name, string type) => new() { Name = name, Type = TypeReference.Parse(type) };
}
