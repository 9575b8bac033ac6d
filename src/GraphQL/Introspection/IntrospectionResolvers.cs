using BpjsTk.GraphQL.Execution.Processing;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Introspection;

/// <summary>
/// The resolvers of the introspection types over the built type system (spec 4.2): <c>__Schema</c> reads a
/// <see cref="Schema"/>, <c>__Type</c> an <see cref="IType"/>, <c>__Field</c> an <see cref="OutputField"/>,
/// <c>__InputValue</c> an <see cref="InputValue"/>, <c>__EnumValue</c> an <see cref="EnumValue"/> and
/// <c>__Directive</c> a <see cref="DirectiveDefinition"/>. Enum fields answer with the value's name.
/// </summary>
internal static class IntrospectionResolvers
{
    private const string IncludeDeprecated = "includeDeprecated";

    /// <summary>Every resolver, by type and field name.</summary>
    public static IReadOnlyList<(string Type, string Field, FieldResolver Resolver)> All { get; } =
    [
        ("__Schema", "description", From<Schema>(s => s.Description)),
        ("__Schema", "types", From<Schema>(s => s.Types)),
        ("__Schema", "queryType", From<Schema>(s => s.QueryType)),
        ("__Schema", "mutationType", From<Schema>(s => s.MutationType)),
        ("__Schema", "subscriptionType", From<Schema>(s => s.SubscriptionType)),
        ("__Schema", "directives", From<Schema>(s => s.DirectiveDefinitions)),

        ("__Type", "kind", From<IType>(t => KindName(t.Kind))),
        ("__Type", "name", From<IType>(t => (t as INamedType)?.Name)),
        ("__Type", "description", From<IType>(t => (t as INamedType)?.Description)),
        ("__Type", "specifiedByURL", From<IType>(t => (t as ScalarType)?.SpecifiedByUrl)),
        ("__Type", "fields", From<IType>((t, c) => t is ComplexOutputType complex ? Listed(complex.Fields, static f => f.IsDeprecated, c) : null)),
        ("__Type", "interfaces", From<IType>(t => (t as ComplexOutputType)?.Interfaces)),
        ("__Type", "possibleTypes", From<IType>((t, c) => t is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((INamedType)t) : null)),
        ("__Type", "enumValues", From<IType>((t, c) => t is EnumType enumType ? Listed(enumType.Values, static v => v.IsDeprecated, c) : null)),
        ("__Type", "inputFields", From<IType>((t, c) => t is InputObjectType input ? Listed(input.Fields, static f => f.IsDeprecated, c) : null)),
        ("__Type", "ofType", From<IType>(t => t switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        })),
        ("__Type", "isOneOf", From<IType>(t => (t as InputObjectType)?.IsOneOf)),

        ("__Field", "name", From<OutputField>(f => f.Name)),
        ("__Field", "description", From<OutputField>(f => f.Description)),
        ("__Field", "args", From<OutputField>((f, c) => Listed(f.Arguments, static a => a.IsDeprecated, c))),
        ("__Field", "type", From<OutputField>(f => f.Type)),
        ("__Field", "isDeprecated", From<OutputField>(f => f.IsDeprecated)),
        ("__Field", "deprecationReason", From<OutputField>(f => f.DeprecationReason)),

        ("__InputValue", "name", From<InputValue>(v => v.Name)),
        ("__InputValue", "description", From<InputValue>(v => v.Description)),
        ("__InputValue", "type", From<InputValue>(v => v.Type)),
        ("__InputValue", "defaultValue", From<InputValue>(v => v.DefaultValue is null ? null : LiteralPrinter.Print(v.DefaultValue))),
        ("__InputValue", "isDeprecated", From<InputValue>(v => v.IsDeprecated)),
        ("__InputValue", "deprecationReason", From<InputValue>(v => v.DeprecationReason)),

        ("__EnumValue", "name", From<EnumValue>(v => v.Name)),
        ("__EnumValue", "description", From<EnumValue>(v => v.Description)),
        ("__EnumValue", "isDeprecated", From<EnumValue>(v => v.IsDeprecated)),
        ("__EnumValue", "deprecationReason", From<EnumValue>(v => v.DeprecationReason)),

        ("__Directive", "name", From<DirectiveDefinition>(d => d.Name)),
        ("__Directive", "description", From<DirectiveDefinition>(d => d.Description)),
        ("__Directive", "isRepeatable", From<DirectiveDefinition>(d => d.IsRepeatable)),
        ("__Directive", "locations", From<DirectiveDefinition>(d => d.Locations.Select(l => l.ToName()).ToArray())),
        ("__Directive", "args", From<DirectiveDefinition>((d, c) => Listed(d.Arguments, static a => a.IsDeprecated, c))),

        // directive definitions cannot carry directives in this type system, so none is deprecated
        ("__Directive", "isDeprecated", From<DirectiveDefinition>(_ => false)),
        ("__Directive", "deprecationReason", From<DirectiveDefinition>(_ => null)),
    ];

    private static FieldResolver From<TParent>(Func<TParent, object?> read) =>
        context => new ValueTask<object?>(read(ResolverContext.ParentOf<TParent>(context)));

    private static FieldResolver From<TParent>(Func<TParent, IResolverContext, object?> read) =>
        context => new ValueTask<object?>(read(ResolverContext.ParentOf<TParent>(context), context));

    /// <summary>
    /// The items to list (spec 4.2.2: deprecated fields, arguments, input fields and enum values only when includeDeprecated
    /// is true): the type system's own immutable list whenever nothing is left out, so most requests copy nothing.
    /// </summary>
    private static IReadOnlyList<T> Listed<T>(IReadOnlyList<T> items, Func<T, bool> isDeprecated, IResolverContext context)
    {
        if (context.ArgumentValue<bool>(IncludeDeprecated))
        {
            return items;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (isDeprecated(items[i]))
            {
                return items.Where(item => !isDeprecated(item)).ToArray();
            }
        }

        return items;
    }

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        TypeKind.NonNull => "NON_NULL",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown type kind."),
    };
}
