using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Turns a builder's configs into a <see cref="Schema"/>: reads SDL, applies extensions and bindings,
/// infers CLR members, creates the types, resolves references, coerces default values, orders the
/// types like graphql-js, and validates (spec 3). Every problem is collected before one <see cref="SchemaException"/>.
/// </summary>
internal sealed class SchemaCompleter
{
    private readonly SchemaBuilder _builder;
    private readonly List<string> _errors = [];
    private readonly List<TypeConfig> _configs = [];
    private readonly Dictionary<string, TypeConfig> _configsByName = new(StringComparer.Ordinal);
    private readonly List<DirectiveConfig> _directiveConfigs = [];
    private readonly Dictionary<string, INamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _roots = [];
    private readonly List<(InputValue Value, object? RuntimeDefault)> _runtimeDefaults = [];
    private readonly HashSet<string> _rootsFromSdl = [];
    private string? _description;

    public SchemaCompleter(SchemaBuilder builder)
    {
        _builder = builder;
        _description = builder.SchemaDescription;
        SetRootIfGiven(OperationType.Query, builder.QueryTypeName);
        SetRootIfGiven(OperationType.Mutation, builder.MutationTypeName);
        SetRootIfGiven(OperationType.Subscription, builder.SubscriptionTypeName);
    }

    public List<AppliedDirective> SchemaDirectives { get; } = [];

    public bool HasSchemaDefinition { get; set; }

    public void Error(string message) => _errors.Add(message);

    public void SetSchemaDescription(string? description) => _description ??= description;

    public void SetRoot(OperationType operation, string typeName)
    {
        var key = operation.ToString();
        if (_rootsFromSdl.Contains(key))
        {
            Error($"There can be only one {key.ToLowerInvariant()} type in schema.");
            return;
        }

        _roots[key] = typeName;
        _rootsFromSdl.Add(key);
    }

    private void SetRootIfGiven(OperationType operation, string? typeName)
    {
        if (typeName is not null)
        {
            _roots[operation.ToString()] = typeName;
        }
    }

    public void AddType(TypeConfig config)
    {
        if (_configsByName.TryGetValue(config.Name, out var existing))
        {
            // SDL may declare a scalar that code implements; the implementation wins, SDL adds directives
            if (existing is ScalarTypeConfig existingScalar && config is ScalarTypeConfig newScalar)
            {
                existingScalar.Scalar ??= newScalar.Scalar;
                existingScalar.Description ??= newScalar.Description;
                existingScalar.Node ??= newScalar.Node;
                existingScalar.Directives.AddRange(newScalar.Directives.Where(d => !existingScalar.Directives.Exists(e => e.Name == d.Name)));
                return;
            }

            Error($"There can be only one type named \"{config.Name}\".");
            return;
        }

        _configs.Add(config);
        _configsByName.Add(config.Name, config);
    }

    public void AddDirective(DirectiveConfig config)
    {
        if (_directiveConfigs.Exists(d => d.Name == config.Name))
        {
            Error($"There can be only one directive named \"@{config.Name}\".");
            return;
        }

        _directiveConfigs.Add(config);
    }

    public bool TryGetConfig(string name, [NotNullWhen(true)] out TypeConfig? config) => _configsByName.TryGetValue(name, out config);

    public void BindResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        if (!_configsByName.TryGetValue(typeName, out var config) || config is not OutputTypeConfig { Kind: TypeKind.Object } objectConfig)
        {
            Error($"Cannot bind a resolver to \"{typeName}.{fieldName}\": there is no object type \"{typeName}\".");
            return;
        }

        var field = objectConfig.Fields.Find(f => f.Name == fieldName);
        if (field is null)
        {
            Error($"Cannot bind a resolver to \"{typeName}.{fieldName}\": the type has no such field.");
            return;
        }

        field.Resolver = resolver;
    }

    public void BindType(string typeName, Type clrType)
    {
        if (!_configsByName.TryGetValue(typeName, out var config))
        {
            Error($"Cannot bind \"{typeName}\" to {clrType.Name}: there is no such type.");
            return;
        }

        config.RuntimeType = clrType;
        if (config is EnumTypeConfig enumConfig && clrType.IsEnum)
        {
            var byName = ClrEnums.Config(clrType).Values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
            foreach (var value in enumConfig.Values)
            {
                if (byName.TryGetValue(value.Name, out var runtime))
                {
                    value.Value = runtime;
                }
                else
                {
                    Error($"Cannot bind enum value \"{typeName}.{value.Name}\": {clrType.Name} has no member named like it.");
                }
            }
        }
    }

    public void BindTypeResolver(string typeName, ResolveType resolveType)
    {
        switch (_configsByName.GetValueOrDefault(typeName))
        {
            case OutputTypeConfig { Kind: TypeKind.Interface } i:
                i.ResolveType = resolveType;
                break;
            case UnionTypeConfig u:
                u.ResolveType = resolveType;
                break;
            default:
                Error($"Cannot bind a type resolver to \"{typeName}\": there is no interface or union of that name.");
                break;
        }
    }

    public void BindIsTypeOf(string typeName, IsTypeOf isTypeOf)
    {
        if (_configsByName.GetValueOrDefault(typeName) is OutputTypeConfig { Kind: TypeKind.Object } o)
        {
            o.IsTypeOf = isTypeOf;
        }
        else
        {
            Error($"Cannot bind IsTypeOf to \"{typeName}\": there is no object type of that name.");
        }
    }

    public Schema Complete()
    {
        var sdl = new SdlReader(this);
        foreach (var config in _builder.Types)
        {
            AddType(config);
        }

        foreach (var directive in _builder.Directives)
        {
            AddDirective(directive);
        }

        foreach (var document in _builder.Documents)
        {
            sdl.Read(document);
        }

        sdl.ApplyExtensions();
        foreach (var binding in _builder.Bindings)
        {
            binding(this);
        }

        foreach (var config in _configs.OfType<OutputTypeConfig>())
        {
            ClrMembers.BindFields(config);
        }

        foreach (var config in _configs.OfType<InputObjectTypeConfig>())
        {
            ClrMembers.BindFields(config);
        }

        ImplementClrInterfaces();

        foreach (var config in _configs)
        {
            CreateType(config);
        }

        var directives = CompleteDirectives();
        var metaFields = _builder.MetaFields.Select(f => CreateField(f, null, "Query")).ToArray();

        // completing a type may infer new types from CLR members; they are appended and completed in turn
        for (var i = 0; i < _configs.Count; i++)
        {
            CompleteType(_configs[i]);
        }

        CoerceDefaultValues(directives, metaFields);

        var query = RootType(OperationType.Query, required: true);
        var mutation = RootType(OperationType.Mutation, required: false);
        var subscription = RootType(OperationType.Subscription, required: false);
        if (query is null)
        {
            throw new SchemaException(_errors);
        }

        var ordered = TypeOrder.Order(_configs.Where(c => !c.IsDiscovered).Select(c => _types[c.Name]).ToList(), query, mutation, subscription, directives);
        var schema = new Schema(_description, query, mutation, subscription, ordered, directives, [.. SchemaDirectives], new FieldCollection<OutputField>(metaFields));
        _errors.AddRange(SchemaValidator.Validate(schema));
        if (_errors.Count > 0)
        {
            throw new SchemaException(_errors);
        }

        return schema;
    }

    private void ImplementClrInterfaces()
    {
        var interfaces = _configs.OfType<OutputTypeConfig>().Where(c => c.Kind == TypeKind.Interface && c.RuntimeType is not null).ToList();
        foreach (var config in _configs.OfType<OutputTypeConfig>())
        {
            foreach (var iface in interfaces)
            {
                if (config != iface && config.RuntimeType is not null && iface.RuntimeType!.IsAssignableFrom(config.RuntimeType) && !config.Interfaces.Contains(iface.Name))
                {
                    config.Interfaces.Add(iface.Name);
                }
            }
        }
    }

    private ObjectType? RootType(OperationType operation, bool required)
    {
        var key = operation.ToString();
        // spec 3.3.1: without a schema definition, the roots are the types named Query, Mutation and Subscription
        var name = _roots.GetValueOrDefault(key) ?? (HasSchemaDefinition ? null : key);
        if (name is null || !_types.TryGetValue(name, out var type))
        {
            if (name is not null && _rootsFromSdl.Contains(key))
            {
                Error($"Unknown type \"{name}\".");
            }
            else if (required)
            {
                Error("Query root type must be provided.");
            }

            return null;
        }

        if (type is ObjectType objectType)
        {
            return objectType;
        }

        Error(operation == OperationType.Query
            ? $"Query root type must be Object type, it cannot be {name}."
            : $"{key} root type must be Object type if provided, it cannot be {name}.");
        return null;
    }

    private void CreateType(TypeConfig config)
    {
        INamedType type = config switch
        {
            OutputTypeConfig { Kind: TypeKind.Object } o => new ObjectType(o.Name, o.Description, [.. o.Directives]) { RuntimeType = o.RuntimeType, IsTypeOf = o.IsTypeOf },
            OutputTypeConfig i => new InterfaceType(i.Name, i.Description, [.. i.Directives]) { RuntimeType = i.RuntimeType, ResolveType = i.ResolveType },
            UnionTypeConfig u => new UnionType(u.Name, u.Description, [.. u.Directives]) { ResolveType = u.ResolveType },
            EnumTypeConfig e => CreateEnum(e),
            InputObjectTypeConfig io => new InputObjectType(io.Name, io.Description, [.. io.Directives]) { RuntimeType = io.RuntimeType },
            ScalarTypeConfig s => CreateScalar(s),
            _ => throw new InvalidOperationException($"Unknown type config {config.GetType().Name}."),
        };
        _types[config.Name] = type;
    }

    private static EnumType CreateEnum(EnumTypeConfig config)
    {
        var type = new EnumType(config.Name, config.Description, [.. config.Directives]) { RuntimeType = config.RuntimeType };
        type.SetValues(config.Values
            .Select(v => new EnumValue(v.Name, v.Description, v.Value ?? v.Name, [.. v.Directives], BuiltInDirectives.DeprecationReason(v.Directives)))
            .ToArray());
        return type;
    }

    private static ScalarType CreateScalar(ScalarTypeConfig config)
    {
        var specifiedBy = (config.Directives.Find(d => d.Name == BuiltInDirectives.SpecifiedByName)?.GetArgument("url") as StringValueNode)?.Value;
        var implementation = config.Scalar ?? (BuiltInScalars.TryGet(config.Name, out var builtIn) ? builtIn : null);
        if (implementation is null)
        {
            return new SdlScalarType(config.Name, config.Description, specifiedBy, [.. config.Directives]);
        }

        var described = config.Description is not null && config.Description != implementation.Description;
        if (!described && config.Directives.Count == 0)
        {
            return implementation;
        }

        // SDL describes or directs a scalar the engine implements: keep the coercion, take the declaration
        var directives = config.Directives.Exists(d => d.Name == BuiltInDirectives.SpecifiedByName)
            ? [.. config.Directives]
            : implementation.Directives.Concat(config.Directives).ToArray();
        return new DescribedScalarType(implementation, config.Description ?? implementation.Description, specifiedBy ?? implementation.SpecifiedByUrl, directives);
    }

    private void CompleteType(TypeConfig config)
    {
        var type = _types[config.Name];
        switch (config, type)
        {
            case (OutputTypeConfig c, ComplexOutputType t):
                t.Interfaces = c.Interfaces.Select(name => ResolveNamed<InterfaceType>(name, $"Type {c.Name} must only implement Interface types, it cannot implement {name}.")).OfType<InterfaceType>().ToArray();
                t.Fields = new FieldCollection<OutputField>(c.Fields.Select(f => CreateField(f, c, c.Name)));
                foreach (var field in t.Fields)
                {
                    field.DeclaringType = t;
                }

                break;
            case (UnionTypeConfig c, UnionType t):
                t.Types = c.Types.Select(name => ResolveNamed<ObjectType>(name, $"Union type {c.Name} can only include Object types, it cannot include {name}.")).OfType<ObjectType>().ToArray();
                break;
            case (InputObjectTypeConfig c, InputObjectType t):
                t.Fields = new FieldCollection<InputValue>(c.Fields.Select(f => CreateInputValue(f, $"{c.Name}.{f.Name}")));
                break;
        }
    }

    private T? ResolveNamed<T>(string name, string wrongKindMessage)
        where T : class, INamedType
    {
        var type = FindNamedType(name);
        if (type is null)
        {
            Error($"Unknown type \"{name}\".");
            return null;
        }

        if (type is not T typed)
        {
            Error(wrongKindMessage);
            return null;
        }

        return typed;
    }

    private OutputField CreateField(FieldConfig config, OutputTypeConfig? owner, string ownerName)
    {
        var type = ResolveReference(config.Type ?? (config.ResultType is { } result ? new ClrTypeReference(result, null, false) : null), $"{ownerName}.{config.Name}");
        var arguments = new FieldCollection<InputValue>(config.Arguments.Select(a => CreateInputValue(a, $"{ownerName}.{config.Name}({a.Name}:)")));
        var field = new OutputField(config.Name, config.Description, type, arguments, [.. config.Directives], BuiltInDirectives.DeprecationReason(config.Directives))
        {
            Member = config.Member,
        };
        if (owner is null || owner.Kind == TypeKind.Object)
        {
            field.Resolver = config.Resolver ?? DefaultResolver(owner?.RuntimeType, config.Name);
        }

        return field;
    }

    private static FieldResolver DefaultResolver(Type? runtimeType, string fieldName)
    {
        var property = runtimeType?.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is { CanRead: true } && property.GetIndexParameters().Length == 0
            ? DefaultFieldResolver.For(property)
            : DefaultFieldResolver.For(fieldName);
    }

    private InputValue CreateInputValue(InputValueConfig config, string coordinate)
    {
        var type = ResolveReference(config.Type, coordinate);
        var value = new InputValue(config.Name, config.Description, type, config.DefaultLiteral, [.. config.Directives], BuiltInDirectives.DeprecationReason(config.Directives))
        {
            Coordinate = coordinate,
            Property = config.Property,
        };
        if (config.HasRuntimeDefault)
        {
            // the literal needs the input object's fields, which may not be complete yet
            _runtimeDefaults.Add((value, config.RuntimeDefault));
        }

        return value;
    }

    private List<DirectiveDefinition> CompleteDirectives()
    {
        var directives = new List<DirectiveDefinition>();
        foreach (var config in _directiveConfigs)
        {
            var directive = new DirectiveDefinition(config.Name, config.Description, config.Locations.ToArray(), config.IsRepeatable);
            directive.Arguments = new FieldCollection<InputValue>(config.Arguments.Select(a => CreateInputValue(a, $"@{config.Name}({a.Name}:)")));
            directives.Add(directive);
        }

        // spec 3.13: the built-in directives are always present unless the schema redefines them
        directives.AddRange(BuiltInDirectives.All.Where(b => !directives.Exists(d => d.Name == b.Name)));
        return directives;
    }

    private void CoerceDefaultValues(IReadOnlyList<DirectiveDefinition> directives, IEnumerable<OutputField> metaFields)
    {
        foreach (var (value, runtimeDefault) in _runtimeDefaults)
        {
            try
            {
                value.DefaultValue = InputLiteralCoercion.ToLiteral(runtimeDefault, value.Type);
            }
            catch (GraphQLException e)
            {
                Error($"{value.Coordinate} has invalid default value: {e.Message}");
            }
        }

        var inputValues = new List<InputValue>();
        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case ComplexOutputType complex:
                    inputValues.AddRange(complex.Fields.SelectMany(f => f.Arguments));
                    break;
                case InputObjectType input:
                    inputValues.AddRange(input.Fields);
                    break;
            }
        }

        inputValues.AddRange(directives.Where(d => !BuiltInDirectives.All.Contains(d)).SelectMany(d => d.Arguments));
        inputValues.AddRange(metaFields.SelectMany(f => f.Arguments));
        foreach (var value in inputValues)
        {
            if (value.DefaultValue is null)
            {
                continue;
            }

            try
            {
                value.CoercedDefaultValue = InputLiteralCoercion.Coerce(value.DefaultValue, value.Type);
            }
            catch (GraphQLException e)
            {
                Error($"{value.Coordinate} has invalid default value: {e.Message}");
            }
        }
    }

    private IType ResolveReference(TypeReference? reference, string coordinate)
    {
        switch (reference)
        {
            case null:
                Error($"The type of {coordinate} is not set.");
                return BuiltInScalars.String;
            case SyntaxTypeReference syntax:
                return ResolveSyntax(syntax.Type);
            case ScalarTypeReference scalar:
                return FindNamedType(scalar.Scalar.Name) ?? AddScalar(scalar.Scalar);
            case ClrTypeReference clr:
                return ResolveClr(clr.ClrType, clr.Nullability, clr.IsInput, coordinate);
            default:
                throw new InvalidOperationException($"Unknown type reference {reference}.");
        }
    }

    private IType ResolveSyntax(TypeNode node)
    {
        switch (node)
        {
            case NonNullTypeNode nonNull:
                return new NonNullType(ResolveSyntax(nonNull.Type));
            case ListTypeNode list:
                return new ListType(ResolveSyntax(list.Type));
            case NamedTypeNode named:
                var type = FindNamedType(named.Name.Value);
                if (type is null)
                {
                    Error($"Unknown type \"{named.Name.Value}\".");
                    return BuiltInScalars.String;
                }

                return type;
            default:
                throw new InvalidOperationException($"Unknown type node {node.Kind}.");
        }
    }

    private INamedType? FindNamedType(string name)
    {
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        return BuiltInScalars.TryGet(name, out var scalar) ? AddScalar(scalar) : null;
    }

    private ScalarType AddScalar(ScalarType scalar)
    {
        var config = new ScalarTypeConfig { Name = scalar.Name, Description = scalar.Description, Scalar = scalar, RuntimeType = scalar.RuntimeType, IsDiscovered = true };
        _configs.Add(config);
        _configsByName[config.Name] = config;
        _types[scalar.Name] = scalar;
        return scalar;
    }

    private IType ResolveClr(Type clrType, NullabilityInfo? nullability, bool isInput, string coordinate)
    {
        var underlying = Nullable.GetUnderlyingType(clrType);
        var nullable = underlying is not null
            || (!clrType.IsValueType && (nullability is null || (isInput ? nullability.WriteState : nullability.ReadState) != NullabilityState.NotNull));
        clrType = underlying ?? clrType;
        IType type;
        var element = ElementType(clrType);
        if (element is not null)
        {
            var elementNullability = nullability?.ElementType ?? (nullability?.GenericTypeArguments is { Length: 1 } args ? args[0] : null);
            type = new ListType(ResolveClr(element, elementNullability, isInput, coordinate));
        }
        else
        {
            type = ResolveClrNamed(clrType, isInput, coordinate);
        }

        return nullable ? type : new NonNullType(type);
    }

    private static Type? ElementType(Type clrType)
    {
        if (clrType == typeof(string) || typeof(IDictionary).IsAssignableFrom(clrType))
        {
            return null;
        }

        if (clrType.IsArray)
        {
            return clrType.GetElementType();
        }

        var enumerable = clrType.IsGenericType && clrType.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? clrType
            : clrType.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private INamedType ResolveClrNamed(Type clrType, bool isInput, string coordinate)
    {
        var scalarName = ClrScalarName(clrType);
        if (scalarName is not null)
        {
            return FindNamedType(scalarName)!;
        }

        foreach (var config in _configs)
        {
            if (config.RuntimeType == clrType && (config.Kind is TypeKind.Enum or TypeKind.Scalar || (config.Kind == TypeKind.InputObject) == isInput))
            {
                return _types.TryGetValue(config.Name, out var existing) ? existing : CreateInferred(config);
            }
        }

        TypeConfig inferred;
        if (clrType.IsEnum)
        {
            inferred = ClrEnums.Config(clrType);
        }
        else if (clrType.IsPrimitive || clrType == typeof(object))
        {
            Error($"The type of {coordinate} cannot be inferred from {clrType.Name}; set it with Type(...).");
            return BuiltInScalars.String;
        }
        else if (isInput)
        {
            inferred = new InputObjectTypeConfig { Name = clrType.Name.EndsWith("Input", StringComparison.Ordinal) ? clrType.Name : clrType.Name + "Input", RuntimeType = clrType, BindClrMembers = true };
            ClrMembers.BindFields((InputObjectTypeConfig)inferred);
        }
        else
        {
            inferred = new OutputTypeConfig(TypeKind.Object) { Name = clrType.Name, RuntimeType = clrType, BindClrMembers = true };
            ClrMembers.BindFields((OutputTypeConfig)inferred);
        }

        if (_configsByName.ContainsKey(inferred.Name))
        {
            Error($"The type of {coordinate} would be inferred from {clrType.Name} as \"{inferred.Name}\", but that name is taken; bind the CLR type with BindType or AddObjectType<T>.");
            return BuiltInScalars.String;
        }

        inferred.IsDiscovered = true;
        AddType(inferred);
        return CreateInferred(inferred);
    }

    private INamedType CreateInferred(TypeConfig config)
    {
        CreateType(config);
        return _types[config.Name];
    }

    private static string? ClrScalarName(Type clrType)
    {
        if (clrType == typeof(string) || clrType == typeof(char))
        {
            return "String";
        }

        if (clrType == typeof(int) || clrType == typeof(short) || clrType == typeof(byte) || clrType == typeof(sbyte) || clrType == typeof(ushort))
        {
            return "Int";
        }

        if (clrType == typeof(long) || clrType == typeof(uint))
        {
            return "Long";
        }

        if (clrType == typeof(bool))
        {
            return "Boolean";
        }

        if (clrType == typeof(double) || clrType == typeof(float))
        {
            return "Float";
        }

        if (clrType == typeof(decimal))
        {
            return "Decimal";
        }

        if (clrType == typeof(DateTimeOffset) || clrType == typeof(DateTime))
        {
            return "DateTime";
        }

        if (clrType == typeof(DateOnly))
        {
            return "Date";
        }

        return clrType == typeof(Guid) ? "ID" : null;
    }
}
