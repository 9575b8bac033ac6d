using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>Optional (graphql-js NoDeprecatedCustomRule): reports every use of a deprecated field, argument, input field or enum value.</summary>
public sealed class NoDeprecatedCustomRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node)
    {
        if (Context.FieldDefinition is { DeprecationReason: { } reason } field && Context.ParentType is { } parentType)
        {
            Context.ReportError($"The field {FieldCoordinate(field, parentType)} is deprecated. {reason}", node);
        }
    }

    public override void EnterArgument(ArgumentNode node)
    {
        if (Context.Argument is not { DeprecationReason: { } reason } argument)
        {
            return;
        }

        if (Context.Directive is { } directive)
        {
            Context.ReportError($"The argument \"@{directive.Name}({argument.Name}:)\" is deprecated. {reason}", node);
        }
        else if (Context.FieldDefinition is { } field && Context.ParentType is { } parentType)
        {
            Context.ReportError($"The argument \"{FieldCoordinate(field, parentType)}({argument.Name}:)\" is deprecated. {reason}", node);
        }
    }

    public override void EnterObjectField(ObjectFieldNode node)
    {
        if (Context.ParentInputType?.NamedType() is InputObjectType inputObject
            && inputObject.Fields.TryGetField(node.Name.Value, out var field)
            && field.DeprecationReason is { } reason)
        {
            Context.ReportError($"The input field {inputObject.Name}.{field.Name} is deprecated. {reason}", node);
        }
    }

    public override void EnterValue(ValueNode node)
    {
        if (node is EnumValueNode && Context.EnumValue is { DeprecationReason: { } reason } value && Context.InputType?.NamedType() is { } enumType)
        {
            Context.ReportError($"The enum value \"{enumType.Name}.{value.Name}\" is deprecated. {reason}", node);
        }
    }

    // the schema coordinate names the type that declares the field (meta fields have none but the query root)
    private static string FieldCoordinate(OutputField field, INamedType parentType) => $"{field.DeclaringType?.Name ?? parentType.Name}.{field.Name}";
}
