using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Directives applied in the type system (spec 3.13): each must be defined, allowed at its location,
/// not repeated unless repeatable, and given valid arguments (spec 5.7 rules, applied to SDL).
/// </summary>
internal static class AppliedDirectiveCheck
{
    public static IReadOnlyList<string> Check(Schema schema)
    {
        var errors = new List<string>();
        CheckLocation(schema, schema.Directives, DirectiveLocation.Schema, errors);
        foreach (var type in schema.Types)
        {
            if (TypeOrder.IsIntrospectionType(type) || (type is ScalarType && BuiltInScalars.TryGet(type.Name, out var builtIn) && ReferenceEquals(builtIn, type)))
            {
                continue;
            }

            switch (type)
            {
                case ScalarType scalar:
                    CheckLocation(schema, scalar.Directives, DirectiveLocation.Scalar, errors);
                    break;
                case ComplexOutputType complex:
                    CheckLocation(schema, complex.Directives, complex.Kind == TypeKind.Object ? DirectiveLocation.Object : DirectiveLocation.Interface, errors);
                    foreach (var field in complex.Fields)
                    {
                        CheckLocation(schema, field.Directives, DirectiveLocation.FieldDefinition, errors);
                        foreach (var argument in field.Arguments)
                        {
                            CheckLocation(schema, argument.Directives, DirectiveLocation.ArgumentDefinition, errors);
                        }
                    }

                    break;
                case UnionType union:
                    CheckLocation(schema, union.Directives, DirectiveLocation.Union, errors);
                    break;
                case EnumType enumType:
                    CheckLocation(schema, enumType.Directives, DirectiveLocation.Enum, errors);
                    foreach (var value in enumType.Values)
                    {
                        CheckLocation(schema, value.Directives, DirectiveLocation.EnumValue, errors);
                    }

                    break;
                case InputObjectType input:
                    CheckLocation(schema, input.Directives, DirectiveLocation.InputObject, errors);
                    foreach (var field in input.Fields)
                    {
                        CheckLocation(schema, field.Directives, DirectiveLocation.InputFieldDefinition, errors);
                    }

                    break;
            }
        }

        foreach (var directive in schema.DirectiveDefinitions)
        {
            foreach (var argument in directive.Arguments)
            {
                CheckLocation(schema, argument.Directives, DirectiveLocation.ArgumentDefinition, errors);
            }
        }

        return errors;
    }

    private static void CheckLocation(Schema schema, IReadOnlyList<AppliedDirective> applied, DirectiveLocation location, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in applied)
        {
            if (!schema.TryGetDirective(directive.Name, out var definition))
            {
                errors.Add($"Unknown directive \"@{directive.Name}\".");
                continue;
            }

            if (!definition.IsAllowedAt(location))
            {
                errors.Add($"Directive \"@{directive.Name}\" may not be used on {location.ToName()}.");
            }

            if (!definition.IsRepeatable && !seen.Add(directive.Name))
            {
                errors.Add($"The directive \"@{directive.Name}\" can only be used once at this location.");
            }

            CheckArguments(directive, definition, errors);
        }
    }

    private static void CheckArguments(AppliedDirective directive, DirectiveDefinition definition, List<string> errors)
    {
        foreach (var argument in directive.Arguments)
        {
            if (!definition.Arguments.TryGetField(argument.Name.Value, out var argumentDefinition))
            {
                errors.Add($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name}\".");
                continue;
            }

            if (argument.Value is VariableNode)
            {
                errors.Add($"Directive \"@{directive.Name}\" cannot use a variable in the type system.");
                continue;
            }

            try
            {
                InputLiteralCoercion.Coerce(argument.Value, argumentDefinition.Type);
            }
            catch (GraphQLException e)
            {
                errors.Add($"Argument \"@{directive.Name}({argument.Name.Value}:)\" has an invalid value: {e.Message}");
            }
        }

        foreach (var argumentDefinition in definition.Arguments)
        {
            if (argumentDefinition.Type is NonNullType && argumentDefinition.DefaultValue is null && directive.GetArgument(argumentDefinition.Name) is null)
            {
                errors.Add($"Argument \"@{directive.Name}({argumentDefinition.Name}:)\" of type \"{argumentDefinition.Type}\" is required, but it was not provided.");
            }
        }
    }
}
