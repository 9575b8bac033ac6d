namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Type validation of a built schema (spec 3 "Type Validation" of each type, 3.3.1 root operation
/// types, 3.13 directives); messages follow graphql-js's validateSchema where it has one.
/// </summary>
internal sealed class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<string> _errors = [];

    private SchemaValidator(Schema schema)
    {
        _schema = schema;
    }

    public static IReadOnlyList<string> Validate(Schema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRootTypes();
        validator.ValidateDirectiveDefinitions();
        validator.ValidateTypes();
        validator._errors.AddRange(InputObjectCycles.Find(schema.Types.OfType<InputObjectType>()));
        validator._errors.AddRange(AppliedDirectiveCheck.Check(schema));
        validator._errors.AddRange(DirectiveCycles.Find(schema));
        return validator._errors;
    }

    private void Error(string message) => _errors.Add(message);

    // spec 3.3.1 Root Operation Types: the roots are distinct object types
    private void ValidateRootTypes()
    {
        var roots = new (string Operation, ObjectType? Type)[] { ("query", _schema.QueryType), ("mutation", _schema.MutationType), ("subscription", _schema.SubscriptionType) };
        foreach (var group in roots.Where(r => r.Type is not null).GroupBy(r => r.Type!.Name, StringComparer.Ordinal))
        {
            var operations = group.Select(r => r.Operation).ToList();
            if (operations.Count > 1)
            {
                Error($"All root types must be different, \"{group.Key}\" type is used as {AndList(operations)} root types.");
            }
        }
    }

    private static string AndList(List<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };

    // spec 3.13 Directives: Type Validation
    private void ValidateDirectiveDefinitions()
    {
        foreach (var directive in _schema.DirectiveDefinitions)
        {
            if (BuiltInDirectives.All.Contains(directive))
            {
                continue;
            }

            ValidateName(directive.Name);
            if (directive.Locations.Count == 0)
            {
                Error($"Directive @{directive.Name} must include 1 or more locations.");
            }

            ValidateArguments(directive.Arguments, $"@{directive.Name}");
        }
    }

    private void ValidateTypes()
    {
        foreach (var type in _schema.Types)
        {
            if (TypeOrder.IsIntrospectionType(type))
            {
                continue;
            }

            ValidateName(type.Name);
            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    break;
            }
        }
    }

    // spec 2.1.9 Names, and the reservation of "__" for introspection (spec 3 Type System)
    private void ValidateName(string name)
    {
        if (name.Length == 0)
        {
            Error("Expected name to be a non-empty string.");
            return;
        }

        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            Error($"Names must start with [_a-zA-Z] but \"{name}\" does not.");
            return;
        }

        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            Error($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
            return;
        }

        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    // spec 3.6 Objects: Type Validation 1-2, 3.7 Interfaces: Type Validation 1-2
    private void ValidateFields(ComplexOutputType type)
    {
        if (type.Fields.Count == 0)
        {
            Error($"Type {type.Name} must define one or more fields.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!names.Add(field.Name))
            {
                Error($"Field \"{type.Name}.{field.Name}\" can only be defined once.");
                continue;
            }

            ValidateName(field.Name);
            if (!field.Type.IsOutputType())
            {
                Error($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            ValidateArguments(field.Arguments, $"{type.Name}.{field.Name}");
        }
    }

    private void ValidateArguments(IReadOnlyList<InputValue> arguments, string owner)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!names.Add(argument.Name))
            {
                Error($"Argument \"{owner}({argument.Name}:)\" can only be defined once.");
                continue;
            }

            ValidateName(argument.Name);
            if (!argument.Type.IsInputType())
            {
                Error($"The type of {argument.Coordinate} must be Input Type but got: {argument.Type}.");
            }

            if (IsRequired(argument) && argument.IsDeprecated)
            {
                Error($"Required argument {argument.Coordinate} cannot be deprecated.");
            }
        }
    }

    private static bool IsRequired(InputValue value) => value.Type is NonNullType && value.DefaultValue is null;

    // spec 3.6 Objects: Type Validation 3-4 (IsValidImplementation), 3.7 Interfaces: Type Validation 3-4
    private void ValidateInterfaces(ComplexOutputType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                Error($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                Error($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }

            ValidateImplementsAncestors(type, iface);
            ValidateImplementsInterface(type, iface);
        }
    }

    private void ValidateImplementsAncestors(ComplexOutputType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                Error(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            }
        }
    }

    private void ValidateImplementsInterface(ComplexOutputType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            if (!type.Fields.TryGetField(ifaceField.Name, out var typeField))
            {
                Error($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!IsTypeSubTypeOf(typeField.Type, ifaceField.Type))
            {
                Error($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{typeField.Name} is type {typeField.Type}.");
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                if (!typeField.Arguments.TryGetField(ifaceArg.Name, out var typeArg))
                {
                    Error($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{typeField.Name} does not provide it.");
                    continue;
                }

                if (!ifaceArg.Type.IsEqualType(typeArg.Type))
                {
                    Error($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{typeField.Name}({typeArg.Name}:) is type {typeArg.Type}.");
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (IsRequired(typeArg) && !ifaceField.Arguments.ContainsField(typeArg.Name))
                {
                    Error($"Argument \"{type.Name}.{typeField.Name}({typeArg.Name}:)\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{iface.Name}.{ifaceField.Name}\".");
                }
            }

            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                Error($"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.");
            }
        }
    }

    // spec 3.6.1 IsValidImplementationFieldType: covariant in the field type
    private bool IsTypeSubTypeOf(IType maybeSubType, IType superType)
    {
        if (maybeSubType.IsEqualType(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType.IsAbstractType()
            && maybeSubType is ComplexOutputType
            && _schema.IsSubType((INamedType)superType, (INamedType)maybeSubType);
    }

    // spec 3.8 Unions: Type Validation
    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            Error($"Union type {union.Name} must define one or more member types.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                Error($"Union type {union.Name} can only include type {member.Name} once.");
            }
        }
    }

    // spec 3.9 Enums: Type Validation
    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Error($"Enum type {enumType.Name} must define one or more values.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in enumType.Values)
        {
            if (!seen.Add(value.Name))
            {
                Error($"Enum value \"{enumType.Name}.{value.Name}\" can only be defined once.");
                continue;
            }

            if (value.Name is "true" or "false" or "null")
            {
                Error($"Enum values cannot be named: {value.Name}");
                continue;
            }

            ValidateName(value.Name);
        }
    }

    // spec 3.10 Input Objects: Type Validation, 3.10.1 OneOf Input Objects
    private void ValidateInputFields(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Error($"Input Object type {input.Name} must define one or more fields.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!seen.Add(field.Name))
            {
                Error($"Field \"{input.Name}.{field.Name}\" can only be defined once.");
                continue;
            }

            ValidateName(field.Name);
            if (!field.Type.IsInputType())
            {
                Error($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (IsRequired(field) && field.IsDeprecated)
            {
                Error($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Error($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                }

                if (field.DefaultValue is not null)
                {
                    Error($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
    }
}
