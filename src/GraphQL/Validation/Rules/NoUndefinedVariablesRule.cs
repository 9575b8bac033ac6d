using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.8.3 All Variable Uses Defined: every variable an operation uses, also through its fragments, is defined by it.</summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var defined = node.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                var message = node.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                Context.ReportError(message, usage.Node, node);
            }
        }
    }
}
