using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.8.1 Variable Uniqueness: one report per repeated name, at every definition of it.</summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                Context.ReportError($"There can be only one variable named \"${group.Key}\".", group.Select(v => v.Variable.Name));
            }
        }
    }
}
