using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Runs while the schema is completed: rewrites each convention field of an object type into
/// <c>field(input: {Field}Input!): {Field}Payload!</c>, generating the input, the payload, the error union and the <c>Error</c> interface.
/// </summary>
internal sealed class MutationConventionBinding(SchemaBuilder builder, SchemaCompleter completer)
{
    internal const string ErrorInterfaceName = "Error";

    private const string ErrorsFieldName = "errors";

    private readonly Dictionary<Type, OutputTypeConfig> _errorTypesByClr = [];

    public void Apply()
    {
        foreach (var type in builder.Types.OfType<OutputTypeConfig>().Where(t => t.Kind == TypeKind.Object).ToList())
        {
            foreach (var field in type.Fields)
            {
                if (MutationConvention.TryGet(field, out var convention) && convention!.Enabled)
                {
                    Rewrite(type, field, convention);
                }
            }
        }
    }

    private void Rewrite(OutputTypeConfig owner, FieldConfig field, MutationConvention convention)
    {
        var coordinate = $"{owner.Name}.{field.Name}";
        if (field.Resolver is null)
        {
            completer.Error($"{coordinate} uses the mutation convention but has no resolver.");
            return;
        }

        var typeName = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
        var options = convention.Options;
        var resultType = ResultType(field);
        if (resultType is null)
        {
            completer.Error($"The type of {coordinate} is not set.");
            return;
        }

        var resultFieldName = options.PayloadFieldName ?? ResultFieldName(resultType);
        if (resultFieldName is null)
        {
            completer.Error($"{coordinate} returns a list; name its payload field with MutationFieldOptions.PayloadFieldName.");
            return;
        }

        var inputTypeName = options.InputTypeName ?? $"{typeName}Input";
        var inputArgument = field.Arguments.Count == 0 || TakesConventionInput(field, options, inputTypeName) ? null : MoveArgumentsToInput(field, options, inputTypeName);
        var payload = new OutputTypeConfig(TypeKind.Object) { Name = options.PayloadTypeName ?? $"{typeName}Payload" };
        payload.Fields.Add(new FieldConfig
        {
            Name = resultFieldName,
            Type = resultType,
            Resolver = context => new ValueTask<object?>(context.Parent<MutationPayload>().Result),
        });
        if (convention.ErrorTypes.Count > 0)
        {
            var union = new UnionTypeConfig { Name = options.PayloadErrorTypeName ?? $"{typeName}Error" };
            union.Types.AddRange(convention.ErrorTypes.Select(ErrorTypeName).Distinct(StringComparer.Ordinal));
            completer.AddType(union);
            payload.Fields.Add(new FieldConfig
            {
                Name = ErrorsFieldName,
                Type = TypeReference.Parse($"[{union.Name}!]"),
                Resolver = context => new ValueTask<object?>(context.Parent<MutationPayload>().Errors),
            });
        }

        completer.AddType(payload);
        field.Type = TypeReference.Parse($"{payload.Name}!");
        field.ResultType = null;
        field.Resolver = new MutationFieldResolver(field.Resolver, inputArgument).ResolveAsync;
    }

    // the payload's result field is nullable: it is null when the mutation returns errors
    private static TypeReference? ResultType(FieldConfig field) => field.Type switch
    {
        SyntaxTypeReference { Type: NonNullTypeNode nonNull } => new SyntaxTypeReference(nonNull.Type),
        SyntaxTypeReference syntax => syntax,
        ClrTypeReference clr => clr with { ClrType = Nullable.GetUnderlyingType(clr.ClrType) ?? clr.ClrType, Nullability = null },
        null when field.ResultType is { } result => new ClrTypeReference(result, null, false),
        _ => null,
    };

    private static string? ResultFieldName(TypeReference type) => type switch
    {
        SyntaxTypeReference { Type: NamedTypeNode named } => MemberNames.CamelCase(named.Name.Value),
        ClrTypeReference clr when clr.ClrType == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(clr.ClrType) => MemberNames.CamelCase(clr.ClrType.Name),
        _ => null,
    };

    // a field that already takes `input: {Field}Input!` (an input type declared, e.g. bound to a CLR type) keeps it, and its resolver reads it whole
    private static bool TakesConventionInput(FieldConfig field, MutationFieldOptions options, string inputTypeName) =>
        field.Arguments is [{ Type: SyntaxTypeReference { Type: NonNullTypeNode { Type: NamedTypeNode named } } } argument]
        && argument.Name == (options.InputArgumentName ?? "input")
        && named.Name.Value == inputTypeName;

    private string MoveArgumentsToInput(FieldConfig field, MutationFieldOptions options, string inputTypeName)
    {
        var input = new InputObjectTypeConfig { Name = inputTypeName };
        input.Fields.AddRange(field.Arguments);
        completer.AddType(input);
        var argument = options.InputArgumentName ?? "input";
        field.Arguments.Clear();
        field.Arguments.Add(new InputValueConfig { Name = argument, Type = TypeReference.Parse($"{input.Name}!") });
        return argument;
    }

    private string ErrorTypeName(ErrorTypeReference reference)
    {
        var config = reference.ClrType is { } clrType ? ErrorTypeFor(clrType) : NamedErrorType(reference.TypeName!);
        if (config is null)
        {
            return reference.TypeName!;
        }

        EnsureErrorInterface();
        if (!config.Interfaces.Contains(ErrorInterfaceName))
        {
            config.Interfaces.Add(ErrorInterfaceName);
        }

        return config.Name;
    }

    private OutputTypeConfig ErrorTypeFor(Type clrType)
    {
        if (_errorTypesByClr.TryGetValue(clrType, out var known))
        {
            return known;
        }

        var config = builder.Types.OfType<OutputTypeConfig>().FirstOrDefault(t => t.Kind == TypeKind.Object && t.RuntimeType == clrType);
        if (config is null)
        {
            config = new OutputTypeConfig(TypeKind.Object) { Name = clrType.Name, RuntimeType = clrType, BindClrMembers = true };
            completer.AddType(config);
        }

        _errorTypesByClr[clrType] = config;
        return config;
    }

    // a name the schema does not declare is left for the union's own check to report
    private OutputTypeConfig? NamedErrorType(string name) =>
        completer.TryGetConfig(name, out var config) && config is OutputTypeConfig { Kind: TypeKind.Object } objectType ? objectType : null;

    private void EnsureErrorInterface()
    {
        if (completer.TryGetConfig(ErrorInterfaceName, out _))
        {
            return;
        }

        var error = new OutputTypeConfig(TypeKind.Interface) { Name = ErrorInterfaceName };
        error.Fields.Add(new FieldConfig { Name = "message", Type = TypeReference.Parse("String!") });
        completer.AddType(error);
    }
}
