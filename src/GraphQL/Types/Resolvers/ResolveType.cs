namespace BpjsTk.GraphQL.Types;

/// <summary>Chooses the object type of a runtime value of an interface or union (spec 6.4.3 ResolveAbstractType); null when none fits.</summary>
public delegate ObjectType? ResolveType(IResolverContext context, object value);
