using System.Globalization;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Utilities.CostAnalysis;

/// <summary>The walk behind <see cref="CostAnalyzer"/>: one instance per analysis, fragments memoised by name and sizing context.</summary>
internal sealed class CostCalculator
{
    // far beyond any document the parser's depth limit admits; a fragment chain longer than this is refused, never a stack overflow
    private const int MaxRecursion = 1_000;

    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly CostOptions _options;
    private readonly bool _countObjects;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _fragmentCosts = new(StringComparer.Ordinal);
    private int _recursion;

    /// <param name="countObjects">
    /// True for the type cost (HotChocolate's <c>typeCost</c>): every composite value counts 1, whatever its <c>@cost</c>,
    /// and arguments count nothing; false for the field cost.
    /// </param>
    public CostCalculator(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables, CostOptions options, bool countObjects = false)
    {
        _schema = schema;
        _variables = variables;
        _options = options;
        _countObjects = countObjects;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public List<GraphQLError> Errors { get; } = [];

    public bool TooDeep { get; private set; }

    /// <summary>The cost of a selection set on <paramref name="parentType"/>; <paramref name="sized"/> is the size a connection gives its sized child lists.</summary>
    public double SelectionSetCost(SelectionSetNode selectionSet, INamedType parentType, SizedFields? sized)
    {
        if (++_recursion > MaxRecursion)
        {
            TooDeep = true;
            _recursion--;
            return 0;
        }

        var cost = 0d;
        foreach (var selection in selectionSet.Selections)
        {
            cost += selection switch
            {
                FieldNode field => FieldCost(field, parentType, sized),
                InlineFragmentNode inline => SelectionSetCost(inline.SelectionSet, TypeCondition(inline.TypeCondition) ?? parentType, sized),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value, sized),
                _ => 0,
            };
        }

        _recursion--;
        return cost;
    }

    // a fragment is costed once per sizing context, whatever the number of spreads (no exponential re-expansion)
    private double FragmentCost(string name, SizedFields? sized)
    {
        var key = sized is null ? name : name + "|" + sized.Key;
        if (_fragmentCosts.TryGetValue(key, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment) || TypeCondition(fragment.TypeCondition) is not { } type)
        {
            return 0;
        }

        // a spread met again while its own cost is being computed is a cycle, which validation reports; it adds nothing here
        _fragmentCosts[key] = 0;
        var cost = SelectionSetCost(fragment.SelectionSet, type, sized);
        _fragmentCosts[key] = cost;
        return cost;
    }

    private double FieldCost(FieldNode node, INamedType parentType, SizedFields? sized)
    {
        // introspection is bounded by the limits analyser's introspection depth, not priced: tools must always be able to introspect
        if (node.Name.Value is "__schema" or "__type")
        {
            return 0;
        }

        var field = FindField(node.Name.Value, parentType);
        if (field is null)
        {
            return 0;
        }

        var namedType = field.Type.NamedType();
        var composite = namedType.IsCompositeType() ? 1 : 0;
        var weight = _countObjects ? composite : Weight(field.Directives) ?? Weight(namedType.Directives) ?? composite;
        var argumentCost = 0d;
        foreach (var argument in node.Arguments)
        {
            if (!_countObjects && field.Arguments.TryGetField(argument.Name.Value, out var definition))
            {
                argumentCost += Weight(definition.Directives) ?? 0;
            }
        }

        var listSize = field.Directives.FirstOrDefault(d => d.Name == CostDirectives.ListSizeName);
        var multiplier = 1d;
        SizedFields? childSized = null;
        if (sized is not null && sized.Names.Contains(field.Name))
        {
            multiplier = sized.Size;
        }
        else if (listSize?.GetArgument("sizedFields") is ListValueNode { Values.Count: > 0 } sizedFields)
        {
            // a connection: its size applies to the lists it names (edges, nodes), not to itself
            childSized = new SizedFields(sizedFields.Values.OfType<StringValueNode>().Select(v => v.Value).ToHashSet(StringComparer.Ordinal), ListSize(node, field, listSize));
        }
        else if (field.Type.IsListType())
        {
            multiplier = ListSize(node, field, listSize);
        }

        var childCost = node.SelectionSet is null ? 0 : SelectionSetCost(node.SelectionSet, namedType, childSized);
        return argumentCost + (multiplier * (weight + childCost));
    }

    private double ListSize(FieldNode node, OutputField field, AppliedDirective? listSize)
    {
        var declared = listSize?.GetArgument("slicingArguments") as ListValueNode;
        var slicing = declared is null
            ? _options.DefaultSlicingArguments
            : declared.Values.OfType<StringValueNode>().Select(v => v.Value).ToList();
        double? size = null;
        var given = 0;
        foreach (var name in slicing)
        {
            if (!field.Arguments.TryGetField(name, out var argument))
            {
                continue;
            }

            var value = ArgumentNumber(node, name);
            if (value is not null)
            {
                given++;
            }
            else if (argument.CoercedDefaultValue is not null)
            {
                value = ToNumber(argument.CoercedDefaultValue);
            }

            if (value is { } number)
            {
                size = Math.Max(size ?? 0, number);
            }
        }

        // IBM cost spec: requireOneSlicingArgument (default true) holds when @listSize names its slicing arguments
        if (declared is { Values.Count: > 0 } && given != 1 && listSize!.GetArgument("requireOneSlicingArgument") is not BooleanValueNode { Value: false })
        {
            Errors.Add(new GraphQLError(
                $"Exactly one slicing argument ({string.Join(", ", slicing)}) must be given to {field.Coordinate}.",
                node.Location.IsKnown ? [new SourceLocation(node.Location.Line, node.Location.Column)] : null,
                null,
                new Dictionary<string, object?> { ["code"] = ErrorCodes.SlicingArgumentRequired, ["coordinate"] = field.Coordinate }));
        }

        if (size is not null)
        {
            return size.Value;
        }

        return listSize?.GetArgument("assumedSize") is IntValueNode assumed
            ? double.Parse(assumed.Value, CultureInfo.InvariantCulture)
            : _options.DefaultListSize;
    }

    private double? ArgumentNumber(FieldNode node, string name)
    {
        foreach (var argument in node.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value switch
                {
                    IntValueNode literal => double.Parse(literal.Value, CultureInfo.InvariantCulture),
                    VariableNode variable => _variables.TryGetValue(variable.Name.Value, out var value) ? ToNumber(value) : null,
                    _ => null,
                };
            }
        }

        return null;
    }

    private static double? ToNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        _ => null,
    };

    private static double? Weight(IReadOnlyList<AppliedDirective> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name == CostDirectives.CostName)
            {
                return directive.GetArgument("weight") switch
                {
                    StringValueNode s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
                    IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
                    FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
                    _ => null,
                };
            }
        }

        return null;
    }

    private OutputField? FindField(string name, INamedType parentType)
    {
        if (parentType is ComplexOutputType complex && complex.Fields.TryGetField(name, out var field))
        {
            return field;
        }

        return ReferenceEquals(parentType, _schema.QueryType) && _schema.MetaFields.TryGetField(name, out var meta) ? meta : null;
    }

    private INamedType? TypeCondition(NamedTypeNode? condition) =>
        condition is not null && _schema.TryGetType(condition.Name.Value, out var type) ? type : null;
}
