using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Utilities.CostAnalysis;

/// <summary>The walk behind <see cref="OperationLimitsAnalyzer"/>: measures selection sets, memoising each fragment, and checks directive counts per location.</summary>
internal sealed class OperationLimitsWalker(DocumentNode document, OperationLimitsOptions options)
{
    // fragment chains longer than this are refused as too deep rather than risk the stack
    private const int MaxRecursion = 1_000;

    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = document.Definitions
        .OfType<FragmentDefinitionNode>()
        .DistinctBy(f => f.Name.Value, StringComparer.Ordinal)
        .ToDictionary(f => f.Name.Value, StringComparer.Ordinal);

    private readonly Dictionary<string, SelectionMeasure> _measured = new(StringComparer.Ordinal);
    private int _recursion;

    public GraphQLError? DirectivesError { get; private set; }

    public bool TooDeep { get; private set; }

    public void CheckDirectives(IReadOnlyList<DirectiveNode> directives, SyntaxNode node)
    {
        if (DirectivesError is null && directives.Count > options.MaxDirectivesPerLocation)
        {
            DirectivesError = OperationLimitsAnalyzer.LimitError(
                OperationLimitsAnalyzer.Invariant($"A location carries {directives.Count} directives; at most {options.MaxDirectivesPerLocation} are allowed."),
                ErrorCodes.MaxDirectives,
                options.MaxDirectivesPerLocation,
                directives.Count,
                OperationLimitsAnalyzer.Locate(node));
        }
    }

    public SelectionMeasure Measure(SelectionSetNode selectionSet)
    {
        if (++_recursion > MaxRecursion)
        {
            TooDeep = true;
            _recursion--;
            return default;
        }

        var total = default(SelectionMeasure);
        foreach (var selection in selectionSet.Selections)
        {
            total = total.Add(selection switch
            {
                FieldNode field => MeasureField(field),
                InlineFragmentNode inline => MeasureInline(inline),
                FragmentSpreadNode spread => MeasureSpread(spread),
                _ => default,
            });
        }

        _recursion--;
        return total;
    }

    private SelectionMeasure MeasureField(FieldNode field)
    {
        CheckDirectives(field.Directives, field);
        var children = field.SelectionSet is null ? default : Measure(field.SelectionSet);
        var own = new SelectionMeasure(1, field.Alias is null ? 0 : 1, 0, 0);
        var nested = field.Name.Value is "__schema" or "__type"
            ? new SelectionMeasure(children.Fields, children.Aliases, 0, 1 + Math.Max(children.Depth, children.IntrospectionDepth))
            : children with { Depth = 1 + children.Depth };
        return own.Add(nested);
    }

    private SelectionMeasure MeasureInline(InlineFragmentNode inline)
    {
        CheckDirectives(inline.Directives, inline);
        return Measure(inline.SelectionSet);
    }

    // each fragment is measured once; every further spread reuses the measure (no re-expansion)
    private SelectionMeasure MeasureSpread(FragmentSpreadNode spread)
    {
        CheckDirectives(spread.Directives, spread);
        var name = spread.Name.Value;
        if (_measured.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment))
        {
            return default;
        }

        // a cycle (reported by validation) measures as empty rather than looping
        _measured[name] = default;
        CheckDirectives(fragment.Directives, fragment);
        var measure = Measure(fragment.SelectionSet);
        _measured[name] = measure;
        return measure;
    }
}
