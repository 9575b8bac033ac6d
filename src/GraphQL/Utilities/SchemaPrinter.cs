using System.Text;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL byte for byte like graphql-js 17's printSchema: the schema definition only
/// when the roots are not named Query/Mutation/Subscription (or the schema has a description), then
/// the directives that are not built in, then the types in the schema's order without the built-in
/// scalars and introspection types. Applied directives other than <c>@deprecated</c>,
/// <c>@specifiedBy</c> and <c>@oneOf</c> are not printed, as graphql-js does not print them.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The SDL of <paramref name="schema"/>, without a trailing line break.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        var schemaDefinition = PrintSchemaDefinition(schema);
        if (schemaDefinition is not null)
        {
            parts.Add(schemaDefinition);
        }

        parts.AddRange(schema.DirectiveDefinitions.Where(d => !BuiltInDirectives.IsBuiltInName(d.Name)).Select(PrintDirective));
        parts.AddRange(schema.Types.Where(IsDefinedType).Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>The SDL of one named type.</summary>
    public static string PrintType(INamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name
            + Block(enumType.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };

    /// <summary>The SDL of one directive definition.</summary>
    public static string PrintDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
            + (directive.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));
    }

    private static bool IsDefinedType(INamedType type) =>
        !(type is ScalarType && BuiltInScalars.IsSpecifiedScalar(type.Name)) && !TypeOrder.IsIntrospectionType(type);

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && HasDefaultRootNames(schema))
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is not null)
        {
            builder.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static bool HasDefaultRootNames(Schema schema) =>
        IsRootNamed(schema, schema.QueryType, "Query")
        && IsRootNamed(schema, schema.MutationType, "Mutation")
        && IsRootNamed(schema, schema.SubscriptionType, "Subscription");

    private static bool IsRootNamed(Schema schema, ObjectType? root, string name) =>
        ReferenceEquals(root, schema.TryGetType(name, out var named) ? named : null);

    private static string Implements(ComplexOutputType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(ComplexOutputType type) =>
        Block(type.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join('\n', list) + "\n}" : string.Empty;
    }

    private static string Arguments(FieldCollection<InputValue> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n"
            + string.Join('\n', arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.DefaultValue is not null)
        {
            text += " = " + LiteralPrinter.Print(value.DefaultValue);
        }

        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + LiteralPrinter.PrintString(reason) + ")",
    };

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + LiteralPrinter.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = LiteralPrinter.IsPrintableAsBlockString(description)
            ? LiteralPrinter.PrintBlockString(description)
            : LiteralPrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
