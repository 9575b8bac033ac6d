using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.2 Operation Type Existence: the schema has a root type for the operation's kind (graphql-js 17 KnownOperationTypesRule).</summary>
public sealed class KnownOperationTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (Context.Schema.GetRootType(node.Operation) is null)
        {
            var operation = node.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            };
            Context.ReportError($"The {operation} operation is not supported by the schema.", node);
        }
    }
}
