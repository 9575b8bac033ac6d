namespace BpjsTk.GraphQL.Types;

/// <summary>Tells whether a runtime value belongs to an object type, the alternative to a <see cref="ResolveType"/> on the abstract type.</summary>
public delegate bool IsTypeOf(IResolverContext context, object value);
