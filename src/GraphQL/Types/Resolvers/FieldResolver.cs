namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Produces a field's value (spec 6.4.2 ResolveFieldValue). The result may be a plain value, an
/// <c>IEnumerable</c> for list fields, or null. Throwing <see cref="GraphQLException"/> reports its errors as they are;
/// any other exception is reported with a masked message.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
