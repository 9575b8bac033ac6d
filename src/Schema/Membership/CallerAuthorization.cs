using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Schema.Membership;

/// <summary>Field-level authorization: a field needing a scope fails with a coded error (its data null) for other callers.</summary>
internal static class CallerAuthorization
{
    public static ApiCaller Require(IResolverContext context, string scope)
    {
        var caller = (context.Services.GetService(typeof(RequestCaller)) as RequestCaller)?.Caller;
        if (caller is null)
        {
            throw new GraphQLException(GraphQLError.WithCode(
                "This field needs an API key: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.",
                MembershipErrorCodes.NotAuthenticated));
        }

        if (!caller.HasScope(scope))
        {
            throw new GraphQLException(GraphQLError.WithCode(
                $"This API key lacks the '{scope}' scope this field needs.", MembershipErrorCodes.NotAuthorized));
        }

        return caller;
    }
}
