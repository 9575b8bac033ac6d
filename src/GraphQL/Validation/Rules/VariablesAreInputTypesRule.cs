using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object, possibly wrapped.</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (Context.TypeInfo.TypeFromSyntax(node.Type) is { } type && !type.IsInputType())
        {
            Context.ReportError($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{SyntaxPrinter.Print(node.Type)}\".", node.Type);
        }
    }
}
