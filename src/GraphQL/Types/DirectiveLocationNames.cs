using System.Diagnostics.CodeAnalysis;

namespace BpjsTk.GraphQL.Types;

/// <summary>The spelling of <see cref="DirectiveLocation"/> values in SDL and introspection.</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    private static readonly Dictionary<string, DirectiveLocation> ByName =
        Names.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => (DirectiveLocation)p.index, StringComparer.Ordinal);

    /// <summary>The SDL name, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Parses an SDL location name.</summary>
    public static bool TryParse(string name, [NotNullWhen(true)] out DirectiveLocation? location)
    {
        if (ByName.TryGetValue(name, out var found))
        {
            location = found;
            return true;
        }

        location = null;
        return false;
    }

    /// <summary>True for the locations in executable documents (spec 3.13 ExecutableDirectiveLocation).</summary>
    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;
}
