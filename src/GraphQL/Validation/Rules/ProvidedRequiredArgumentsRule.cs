using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.4.2.1 Required Arguments: every non-null argument without a default is given.</summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveField(FieldNode node)
    {
        if (Context.FieldDefinition is not { } field || Context.ParentType is not { } parentType)
        {
            return;
        }

        // the coordinate names the declaring type; graphql-js 17 names meta fields (__type, __schema) "<meta>"
        var owner = Context.Schema.MetaFields.TryGetField(field.Name, out var meta) && ReferenceEquals(meta, field)
            ? "<meta>"
            : field.DeclaringType?.Name ?? parentType.Name;
        var fieldCoordinate = $"{owner}.{field.Name}";
        foreach (var argument in field.Arguments)
        {
            if (IsRequired(argument) && !IsGiven(node.Arguments, argument.Name))
            {
                Context.ReportError($"Argument \"{fieldCoordinate}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node)
    {
        if (!Context.Schema.TryGetDirective(node.Name.Value, out var directive))
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            if (IsRequired(argument) && !IsGiven(node.Arguments, argument.Name))
            {
                Context.ReportError($"Argument \"@{directive.Name}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }

    private static bool IsRequired(InputValue argument) => argument.Type.IsNonNullType() && !argument.HasDefaultValue;

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
