using System.Text.Json;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// Coerces the request's JSON variables to the operation's variable definitions (spec 6.1.2
/// CoerceVariableValues, 3.5 to 3.12 Input Coercion), reporting every invalid value as graphql-js 17 words it.
/// Coerced values: scalars as their runtime CLR value, enums as the enum value's runtime value,
/// input objects as <c>IReadOnlyDictionary&lt;string, object?&gt;</c> holding provided fields and
/// defaults, lists as <c>IReadOnlyList&lt;object?&gt;</c>.
/// </summary>
public static class VariableCoercion
{
    /// <summary>
    /// Coerces <paramref name="variables"/> (a JSON object, or null when the request has none) to
    /// the variables <paramref name="operation"/> defines. Variables without a value and without a
    /// default are left out of the result, so that "absent" and "null" stay apart (spec 6.4.1).
    /// Stops after <paramref name="maxErrors"/> errors with one more saying so. Without <paramref name="includeSuggestions"/>
    /// an unknown enum value's error leaves out "Did you mean ...?", which would reveal the schema's names.
    /// </summary>
    public static CoercionResult<IReadOnlyDictionary<string, object?>> CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        JsonElement? variables,
        int maxErrors = 50,
        bool includeSuggestions = true)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);

        var inputs = variables is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } given ? given : (JsonElement?)null;
        if (inputs is { ValueKind: not JsonValueKind.Object })
        {
            return new CoercionResult<IReadOnlyDictionary<string, object?>>(
                null,
                [GraphQLError.WithCode("Variables must be provided as an Object where each property is a variable value.", ErrorCodes.BadUserInput)]);
        }

        var errors = new ErrorCollector(maxErrors);
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.IsFull)
            {
                break;
            }

            var name = definition.Variable.Name.Value;
            var type = TypeFromSyntax(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add($"Variable \"${name}\" expected value of type \"{SyntaxPrinter.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type.Location);
                continue;
            }

            var isProvided = inputs is { } values && values.TryGetProperty(name, out _);
            if (!isProvided)
            {
                if (definition.DefaultValue is not null)
                {
                    CoerceDefault(name, definition, type, coerced, errors);
                    continue;
                }

                if (type is not NonNullType)
                {
                    continue;
                }

                errors.Add($"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.", definition.Location);
                continue;
            }

            var coercer = new JsonInputCoercer(name, definition.Location, errors, includeSuggestions);
            if (coercer.TryCoerce(inputs!.Value.GetProperty(name), type, out var value))
            {
                coerced[name] = value;
            }
        }

        return errors.Count == 0
            ? new CoercionResult<IReadOnlyDictionary<string, object?>>(coerced, [])
            : new CoercionResult<IReadOnlyDictionary<string, object?>>(null, errors.Errors);
    }

    /// <summary>The schema type a variable definition names, or null when the schema has no such named type.</summary>
    internal static IType? TypeFromSyntax(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromSyntax(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromSyntax(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.TryGetType(named.Name.Value, out var type) ? type : null,
        _ => null,
    };

    private static void CoerceDefault(string name, VariableDefinitionNode definition, IType type, Dictionary<string, object?> coerced, ErrorCollector errors)
    {
        var problems = new List<LiteralProblem>();
        var value = LiteralCoercer.Coerce(definition.DefaultValue!, type, null, problems);
        if (value != InvalidValue.Instance)
        {
            coerced[name] = value;
            return;
        }

        foreach (var problem in problems)
        {
            errors.Add($"Variable \"${name}\" has invalid default value{InputPath.Print(problem.Path)}: {problem.Message}", definition.Location);
        }
    }

    /// <summary>Coerces one variable's JSON value, reporting each problem with its path.</summary>
    private sealed class JsonInputCoercer(string variable, Location location, ErrorCollector errors, bool includeSuggestions)
    {
        private readonly InputPath _path = new();

        public bool TryCoerce(JsonElement value, IType type, out object? coerced)
        {
            var before = errors.Count;
            coerced = Coerce(value, type);
            return errors.Count == before && !errors.IsFull;
        }

        private void Report(string message) =>
            errors.Add($"Variable \"${variable}\" has invalid value{_path.Print()}: {message}", location);

        private object? Coerce(JsonElement value, IType type)
        {
            if (errors.IsFull)
            {
                return null;
            }

            var isNull = value.ValueKind is JsonValueKind.Null;
            if (type is NonNullType nonNull)
            {
                if (isNull)
                {
                    Report($"Expected value of non-null type \"{type}\" not to be null.");
                    return null;
                }

                type = nonNull.OfType;
            }

            if (isNull)
            {
                return null;
            }

            if (type is ILeafType leaf)
            {
                return CoerceLeaf(value, leaf);
            }

            if (_path.Depth >= InputCoercionLimits.MaxDepth)
            {
                Report(InputCoercionLimits.TooDeep(type.ToString()!));
                return null;
            }

            return type switch
            {
                ListType list => CoerceList(value, list),
                InputObjectType input => CoerceInputObject(value, input),
                _ => null,
            };
        }

        private object? CoerceLeaf(JsonElement value, ILeafType leaf)
        {
            try
            {
                return leaf is EnumType enumType && value.ValueKind is JsonValueKind.String
                    ? enumType.ParseName(value.GetString()!, includeSuggestions)
                    : leaf.ParseValue(value);
            }
            catch (GraphQLException e)
            {
                Report(e.Message);
            }
            catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException or ArgumentException)
            {
                Report($"Expected value of type \"{leaf.Name}\", but encountered error \"{e.Message}\"; found: {JsonValueInspector.Inspect(value)}.");
            }

            return null;
        }

        private List<object?> CoerceList(JsonElement value, ListType list)
        {
            if (value.ValueKind is not JsonValueKind.Array)
            {
                // spec 3.12 Input Coercion: a single value is a list of one
                return [Coerce(value, list.OfType)];
            }

            var items = new List<object?>(value.GetArrayLength());
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                _path.Push(index++);
                items.Add(Coerce(item, list.OfType));
                _path.Pop();
            }

            return items;
        }

        private Dictionary<string, object?>? CoerceInputObject(JsonElement value, InputObjectType input)
        {
            if (value.ValueKind is not JsonValueKind.Object)
            {
                Report($"Expected value of type \"{input.Name}\" to be an object, found: {JsonValueInspector.Inspect(value)}.");
                return null;
            }

            var fields = new Dictionary<string, object?>(input.Fields.Count, StringComparer.Ordinal);
            foreach (var field in input.Fields)
            {
                if (value.TryGetProperty(field.Name, out var fieldValue))
                {
                    _path.Push(field.Name);
                    fields[field.Name] = Coerce(fieldValue, field.Type);
                    _path.Pop();
                }
                else if (field.HasDefaultValue)
                {
                    fields[field.Name] = field.CoercedDefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    Report($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {JsonValueInspector.Inspect(value)}.");
                }
            }

            var provided = 0;
            string? providedName = null;
            foreach (var property in value.EnumerateObject())
            {
                if (!input.Fields.ContainsField(property.Name))
                {
                    Report($"Expected value of type \"{input.Name}\" not to include unknown field \"{property.Name}\", found: {JsonValueInspector.Inspect(value)}.");
                    continue;
                }

                provided++;
                providedName = property.Name;
            }

            // spec 3.10.1 OneOf Input Objects: exactly one field, and it is not null
            if (input.IsOneOf)
            {
                if (provided != 1)
                {
                    Report(OneOfMessage(input));
                }
                else if (value.GetProperty(providedName!).ValueKind is JsonValueKind.Null)
                {
                    _path.Push(providedName!);
                    Report(OneOfMessage(input));
                    _path.Pop();
                }
            }

            return fields;
        }
    }

    internal static string OneOfMessage(InputObjectType input) =>
        $"Within OneOf Input Object type \"{input.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>Collects errors up to a limit, then adds graphql-js's "too many errors" error and takes no more.</summary>
    private sealed class ErrorCollector(int maxErrors)
    {
        private readonly List<GraphQLError> _errors = [];

        public IReadOnlyList<GraphQLError> Errors => _errors;

        public int Count => _errors.Count;

        public bool IsFull { get; private set; }

        public void Add(string message, Location location)
        {
            if (IsFull)
            {
                return;
            }

            if (_errors.Count >= maxErrors)
            {
                _errors.Add(GraphQLError.WithCode("Too many errors processing variables, error limit reached. Execution aborted.", ErrorCodes.BadUserInput));
                IsFull = true;
                return;
            }

            _errors.Add(GraphQLError.WithCode(message, ErrorCodes.BadUserInput, [new SourceLocation(location.Line, location.Column)]));
        }
    }
}
