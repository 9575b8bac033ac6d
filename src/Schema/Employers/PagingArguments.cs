using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Schema.Employers;

/// <summary>
/// The <c>skip</c>/<c>take</c> arguments of an offset-paged field, checked against the page-size limit with the same codes
/// as the engine's paged fields.
/// </summary>
internal sealed record PagingArguments(int Skip, int Take)
{
    public static PagingArguments Read(IResolverContext context, int maxTake)
    {
        var skip = context.ArgumentValue<int?>("skip") ?? 0;
        var take = context.ArgumentValue<int?>("take") ?? maxTake;
        if (skip < 0)
        {
            throw new GraphQLException(GraphQLError.WithCode("The argument \"skip\" must not be negative.", DataErrorCodes.PagingInvalidArgument));
        }

        if (take < 1)
        {
            throw new GraphQLException(GraphQLError.WithCode($"The argument \"take\" must be between 1 and {maxTake}.", DataErrorCodes.PagingInvalidArgument));
        }

        if (take > maxTake)
        {
            throw new GraphQLException(GraphQLError.WithCode($"The argument \"take\" must be between 1 and {maxTake}.", DataErrorCodes.PagingMaxExceeded));
        }

        return new PagingArguments(skip, take);
    }
}
