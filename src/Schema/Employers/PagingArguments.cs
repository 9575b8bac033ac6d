using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Schema.Employers;

/// <summary>The <c>skip</c>/<c>take</c> arguments of an offset-paged field, checked against the page-size limit.</summary>
internal sealed record PagingArguments(int Skip, int Take)
{
    public const string InvalidPagingCode = "PAGING_INVALID";

    public static PagingArguments Read(IResolverContext context, int maxTake)
    {
        var skip = context.ArgumentValue<int?>("skip") ?? 0;
        var take = context.ArgumentValue<int?>("take") ?? maxTake;
        if (skip < 0)
        {
            throw new GraphQLException(GraphQLError.WithCode("The argument \"skip\" must not be negative.", InvalidPagingCode));
        }

        if (take < 1 || take > maxTake)
        {
            throw new GraphQLException(GraphQLError.WithCode($"The argument \"take\" must be between 1 and {maxTake}.", InvalidPagingCode));
        }

        return new PagingArguments(skip, take);
    }
}
