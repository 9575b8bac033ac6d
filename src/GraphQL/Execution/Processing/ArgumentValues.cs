using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution.Processing;

/// <summary>The coerced arguments of one field node (spec 6.4.1 CoerceArgumentValues), or the error that stopped coercion.</summary>
internal sealed record ArgumentValues(IReadOnlyDictionary<string, object?> Values, GraphQLError? Error)
{
    /// <summary>Coerces the arguments of <paramref name="node"/> against <paramref name="field"/>'s definitions.</summary>
    public static ArgumentValues Coerce(OutputField field, FieldNode node, IReadOnlyDictionary<string, object?> variables)
    {
        if (field.Arguments.Count == 0)
        {
            return new ArgumentValues(Planning.EmptyVariables.Instance, null);
        }

        var result = ArgumentCoercion.CoerceArgumentValues(field.Arguments, node.Arguments, variables, node);
        return result.IsSuccess
            ? new ArgumentValues(result.Value!, null)
            : new ArgumentValues(Planning.EmptyVariables.Instance, result.Errors[0]);
    }
}
