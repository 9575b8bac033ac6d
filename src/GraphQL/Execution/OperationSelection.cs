using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Execution;

/// <summary>Spec 6.1 GetOperation: which operation of a document a request runs.</summary>
internal static class OperationSelection
{
    /// <summary>The operation named <paramref name="operationName"/>, or the only one when no name is given; else an error with code <c>OPERATION_NOT_FOUND</c>.</summary>
    public static (OperationDefinitionNode? Operation, GraphQLError? Error) GetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    return (null, GraphQLError.WithCode("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNotFound));
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return (operation, null);
            }
        }

        if (found is not null)
        {
            return (found, null);
        }

        return operationName is null
            ? (null, GraphQLError.WithCode("Must provide an operation.", ErrorCodes.OperationNotFound))
            : (null, GraphQLError.WithCode($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationNotFound));
    }
}
