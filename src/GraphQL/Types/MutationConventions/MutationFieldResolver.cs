using BpjsTk.GraphQL.Execution.Processing;

namespace BpjsTk.GraphQL.Types;

/// <summary>Runs a convention field's own resolver with the input object's fields as its arguments, and wraps what it returns in the payload.</summary>
internal sealed class MutationFieldResolver(FieldResolver resolver, string? inputArgument)
{
    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var result = await resolver(inputArgument is null ? context : InputContext(context, inputArgument)).ConfigureAwait(false);
        return result is MutationErrors failed ? new MutationPayload(null, failed.Errors) : new MutationPayload(result, null);
    }

    private static ResolverContext InputContext(IResolverContext context, string inputArgument)
    {
        var input = context.ArgumentValue<IReadOnlyDictionary<string, object?>>(inputArgument) ?? new Dictionary<string, object?>();
        var inputType = (InputObjectType)context.Field.Arguments[inputArgument].Type.NullableType();
        return context is ResolverContext executorContext
            ? executorContext.WithArguments(input, inputType.Fields)
            : throw new InvalidOperationException("Mutation convention fields are only resolved by the executor.");
    }
}
