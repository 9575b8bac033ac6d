namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Orders a schema's types the way graphql-js's GraphQLSchema builds its type map, so printed SDL and
/// introspection match it: the declared types in declaration order, each followed by the types it
/// first references that were not declared (built-in scalars), then those reachable only from the
/// roots and directive arguments, then the introspection types.
/// </summary>
internal static class TypeOrder
{
    public static IReadOnlyList<INamedType> Order(IReadOnlyList<INamedType> declared, ObjectType? query, ObjectType? mutation, ObjectType? subscription, IReadOnlyList<DirectiveDefinition> directives)
    {
        var introspection = declared.Where(IsIntrospectionType).ToList();
        var ordered = new List<INamedType>();
        var seen = new HashSet<INamedType>(declared.Where(t => !IsIntrospectionType(t)), ReferenceEqualityComparer.Instance);
        foreach (var type in declared.Where(t => !IsIntrospectionType(t)))
        {
            // graphql-js deletes and re-adds each declared type, so each keeps its place and pulls in what only it references
            ordered.Add(type);
            CollectReferenced(type, seen, ordered);
        }

        foreach (var root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Collect(root, seen, ordered);
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.NamedType(), seen, ordered);
            }
        }

        // graphql-js reaches the introspection types from __Schema, after everything else
        foreach (var type in introspection.OrderBy(t => t.Name == "__Schema" ? 0 : 1))
        {
            Collect(type, seen, ordered);
        }

        return ordered;
    }

    private static readonly HashSet<string> IntrospectionTypeNames = new(StringComparer.Ordinal)
    {
        "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
    };

    /// <summary>True for the eight types of spec 4.2 (the only names that may start with <c>__</c>).</summary>
    public static bool IsIntrospectionType(INamedType type) => IntrospectionTypeNames.Contains(type.Name);

    private static void Collect(INamedType type, HashSet<INamedType> seen, List<INamedType> ordered)
    {
        if (seen.Add(type))
        {
            ordered.Add(type);
            CollectReferenced(type, seen, ordered);
        }
    }

    private static void CollectReferenced(INamedType type, HashSet<INamedType> seen, List<INamedType> ordered)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, seen, ordered);
                }

                break;
            case ComplexOutputType complex:
                foreach (var implemented in complex.Interfaces)
                {
                    Collect(implemented, seen, ordered);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.NamedType(), seen, ordered);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.NamedType(), seen, ordered);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.NamedType(), seen, ordered);
                }

                break;
        }
    }
}
