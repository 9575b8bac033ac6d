using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data.Sorting;

/// <summary>Generates HotChocolate.Data's sort input types: <c>XSortInput</c> with a <c>SortEnumType</c> per scalar or enum and nested inputs for objects.</summary>
internal sealed class SortTypeFactory(SchemaCompleter completer, DataTypeNames names, DataModel model)
{
    public const string SortEnumTypeName = "SortEnumType";

    /// <summary>Adds the sort input of <paramref name="type"/> and the inputs it reaches; returns its name.</summary>
    public string Ensure(Type type)
    {
        EnsureSortEnum();
        var name = $"{names.BaseName(type)}SortInput";
        if (completer.TryGetConfig(name, out _))
        {
            return name;
        }

        var config = new InputObjectTypeConfig { Name = name };
        completer.AddType(config);
        foreach (var member in model.Of(type))
        {
            var fieldType = member.Kind switch
            {
                DataMemberKind.Scalar or DataMemberKind.Enum => SortEnumTypeName,
                DataMemberKind.Object => Ensure(member.ValueType),
                _ => null,
            };
            if (fieldType is not null)
            {
                config.Fields.Add(new InputValueConfig { Name = member.Name, Type = TypeReference.Parse(fieldType) });
            }
        }

        return name;
    }

    private void EnsureSortEnum()
    {
        if (completer.TryGetConfig(SortEnumTypeName, out _))
        {
            return;
        }

        var config = new EnumTypeConfig { Name = SortEnumTypeName, RuntimeType = typeof(SortDirection) };
        config.Values.Add(new EnumValueConfig { Name = "ASC", Value = SortDirection.Ascending });
        config.Values.Add(new EnumValueConfig { Name = "DESC", Value = SortDirection.Descending });
        completer.AddType(config);
    }
}
