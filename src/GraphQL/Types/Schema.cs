using System.Diagnostics.CodeAnalysis;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// A built, validated schema (spec 3.3): root operation types, every named type by name (in a fixed
/// order: the order the builder met them), directive definitions, and the possible types of every
/// abstract type. Immutable once built; safe to share across requests.
/// </summary>
public sealed class Schema : IHasDirectives
{
    private readonly Dictionary<string, INamedType> _typesByName;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<INamedType, ObjectType[]> _possibleTypes;
    private readonly Dictionary<InterfaceType, InterfaceType[]> _interfaceImplementations;
    private readonly Dictionary<INamedType, HashSet<INamedType>> _subTypes;

    internal Schema(
        string? description,
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IReadOnlyList<INamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        IReadOnlyList<AppliedDirective> appliedDirectives,
        FieldCollection<OutputField> metaFields)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Types = types;
        DirectiveDefinitions = directives;
        Directives = appliedDirectives;
        MetaFields = metaFields;
        _typesByName = new Dictionary<string, INamedType>(types.Count, StringComparer.Ordinal);
        foreach (var type in types)
        {
            _typesByName.TryAdd(type.Name, type);
        }

        _directivesByName = new Dictionary<string, DirectiveDefinition>(directives.Count, StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }

        (_possibleTypes, _interfaceImplementations) = CollectImplementations(types);
        _subTypes = [];
        foreach (var (abstractType, possible) in _possibleTypes)
        {
            var set = new HashSet<INamedType>(possible, ReferenceEqualityComparer.Instance);
            if (abstractType is InterfaceType interfaceType)
            {
                set.UnionWith(_interfaceImplementations[interfaceType]);
            }

            _subTypes[abstractType] = set;
        }
    }

    /// <summary>The schema's description, or null.</summary>
    public string? Description { get; }

    /// <summary>The root type of queries.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The root type of mutations, or null when the schema has none.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The root type of subscriptions, or null when the schema has none.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in the schema's fixed order (built-in scalars and introspection types included).</summary>
    public IReadOnlyList<INamedType> Types { get; }

    /// <summary>Every directive definition, built-in ones first.</summary>
    public IReadOnlyList<DirectiveDefinition> DirectiveDefinitions { get; }

    /// <summary>The directives applied to the schema itself.</summary>
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>
    /// Fields that every query root answers without declaring them: <c>__schema</c> and <c>__type</c>,
    /// added by the introspection module through <see cref="SchemaBuilder.AddMetaField"/> (spec 4.2). <c>__typename</c> is the executor's own.
    /// </summary>
    public FieldCollection<OutputField> MetaFields { get; }

    /// <summary>The root type of an operation, or null when the schema has none for it.</summary>
    public ObjectType? GetRootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => QueryType,
        Language.OperationType.Mutation => MutationType,
        Language.OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>Looks a named type up.</summary>
    public bool TryGetType(string name, [NotNullWhen(true)] out INamedType? type) => _typesByName.TryGetValue(name, out type);

    /// <summary>Looks a named type of a given kind up.</summary>
    public bool TryGetType<T>(string name, [NotNullWhen(true)] out T? type)
        where T : class, INamedType
    {
        type = _typesByName.TryGetValue(name, out var found) ? found as T : null;
        return type is not null;
    }

    /// <summary>The named type called <paramref name="name"/>; throws when there is none.</summary>
    public T GetType<T>(string name)
        where T : class, INamedType =>
        TryGetType<T>(name, out var type) ? type : throw new KeyNotFoundException($"The schema has no {typeof(T).Name} named '{name}'.");

    /// <summary>Looks a directive definition up by name (without <c>@</c>).</summary>
    public bool TryGetDirective(string name, [NotNullWhen(true)] out DirectiveDefinition? directive) => _directivesByName.TryGetValue(name, out directive);

    /// <summary>The object types a value of an abstract type may have at runtime: a union's members, or every object implementing an interface.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(INamedType abstractType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        if (abstractType is ObjectType objectType)
        {
            return [objectType];
        }

        return _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];
    }

    /// <summary>The interfaces that declare they implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType) =>
        _interfaceImplementations.TryGetValue(interfaceType, out var types) ? types : [];

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union, or implements the interface (graphql-js isSubType).</summary>
    public bool IsSubType(INamedType abstractType, INamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    /// <summary>True when the two types may have a common object type at runtime (spec 5.5.2.3 Fragment Spread Is Possible).</summary>
    public bool DoTypesOverlap(INamedType a, INamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType())
        {
            if (b.IsAbstractType())
            {
                return GetPossibleTypes(a).Any(t => IsSubType(b, t));
            }

            return IsSubType(a, b);
        }

        return b.IsAbstractType() && IsSubType(b, a);
    }

    /// <summary>
    /// The object type of <paramref name="value"/> for a field of abstract type (spec 6.4.3 ResolveAbstractType):
    /// the abstract type's <c>ResolveType</c> when it has one, else the <c>__typename</c> entry of a dictionary value,
    /// else the first possible type that claims the value (<c>IsTypeOf</c> or the bound CLR type). Null when none does.
    /// </summary>
    public ObjectType? ResolveAbstractType(INamedType abstractType, IResolverContext context, object value)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        var resolveType = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        if (resolveType is not null)
        {
            return resolveType(context, value);
        }

        // like graphql-js's default type resolver, a dictionary may name its type
        if (TypeNameOf(value) is { } typeName)
        {
            return TryGetType<ObjectType>(typeName, out var named) && IsSubType(abstractType, named) ? named : null;
        }

        foreach (var candidate in GetPossibleTypes(abstractType))
        {
            if (candidate.IsInstanceOfType(context, value))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? TypeNameOf(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> readOnly => readOnly.TryGetValue("__typename", out var name) ? name as string : null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var name) ? name as string : null,
        _ => null,
    };

    private static (Dictionary<INamedType, ObjectType[]> Possible, Dictionary<InterfaceType, InterfaceType[]> Implementations) CollectImplementations(IReadOnlyList<INamedType> types)
    {
        var possible = new Dictionary<INamedType, List<ObjectType>>();
        var implementations = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in types)
        {
            switch (type)
            {
                case InterfaceType i:
                    possible.TryAdd(i, []);
                    implementations.TryAdd(i, []);
                    break;
                case UnionType u:
                    possible[u] = [.. u.Types];
                    break;
            }
        }

        foreach (var type in types)
        {
            if (type is ComplexOutputType complex)
            {
                foreach (var implemented in complex.Interfaces)
                {
                    if (complex is ObjectType o && possible.TryGetValue(implemented, out var objects))
                    {
                        objects.Add(o);
                    }
                    else if (complex is InterfaceType i && implementations.TryGetValue(implemented, out var interfaces))
                    {
                        interfaces.Add(i);
                    }
                }
            }
        }

        return (possible.ToDictionary(p => p.Key, p => p.Value.ToArray()), implementations.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }
}
