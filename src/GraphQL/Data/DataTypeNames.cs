using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data;

/// <summary>The GraphQL names of CLR types: the name of a type bound to it when there is one, else the CLR name.</summary>
internal sealed class DataTypeNames(SchemaBuilder builder, SchemaCompleter completer, DataModel model)
{
    /// <summary>The object type of <paramref name="type"/>, added (bound to every public property) when the builder has none.</summary>
    public string OutputTypeName(Type type)
    {
        var bound = builder.Types.OfType<OutputTypeConfig>().FirstOrDefault(c => c.Kind == TypeKind.Object && c.RuntimeType == type);
        if (bound is not null)
        {
            return bound.Name;
        }

        if (!completer.TryGetConfig(type.Name, out _))
        {
            completer.AddType(new OutputTypeConfig(TypeKind.Object) { Name = type.Name, RuntimeType = type, BindClrMembers = true });
        }

        return type.Name;
    }

    /// <summary>The name used in filter and sort type names for <paramref name="type"/>.</summary>
    public string BaseName(Type type) =>
        model.BaseName(type) ?? builder.Types.OfType<OutputTypeConfig>().FirstOrDefault(c => c.Kind == TypeKind.Object && c.RuntimeType == type)?.Name ?? type.Name;

    /// <summary>The enum type of <paramref name="enumType"/>, added from its CLR values when the builder has none.</summary>
    public string EnumTypeName(Type enumType)
    {
        var bound = builder.Types.OfType<EnumTypeConfig>().FirstOrDefault(c => c.RuntimeType == enumType);
        if (bound is not null)
        {
            return bound.Name;
        }

        var config = ClrEnums.Config(enumType);
        if (!completer.TryGetConfig(config.Name, out _))
        {
            completer.AddType(config);
        }

        return config.Name;
    }
}
