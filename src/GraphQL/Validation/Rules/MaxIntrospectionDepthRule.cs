using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// Optional (graphql-js MaxIntrospectionDepthRule): rejects an introspection query that nests the list
/// fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> or <c>inputFields</c> three deep, which
/// costs the server far more than any tool needs; the error's code is <see cref="ErrorCodes.MaxIntrospectionDepth"/>.
/// Each fragment's depth is computed once, whatever the number of spreads, so fragment bombs stay cheap.
/// </summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    private const int MaxListsDepth = 3;

    private static readonly HashSet<string> ListFieldNames = new(StringComparer.Ordinal) { "fields", "interfaces", "possibleTypes", "inputFields" };

    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private FieldNode? _reported;

    public override void EnterField(FieldNode node)
    {
        if (_reported is not null || node.Name.Value is not ("__schema" or "__type") || node.SelectionSet is null)
        {
            return;
        }

        if (DepthOf(Measure(node.SelectionSet), []) >= MaxListsDepth)
        {
            Context.ReportError(GraphQLError.WithCode("Maximum introspection depth exceeded", ErrorCodes.MaxIntrospectionDepth, [new SourceLocation(node.Location.Line, node.Location.Column)]));
            _reported = node;
        }
    }

    public override void LeaveField(FieldNode node)
    {
        // graphql-js skips the rest of a reported field, so nested introspection is not reported again
        if (ReferenceEquals(node, _reported))
        {
            _reported = null;
        }
    }

    // the deepest count of list fields in a selection set, not following spreads, and each spread with the count above it
    private static Measurement Measure(SelectionSetNode selectionSet)
    {
        var deepest = 0;
        var spreads = new List<(string Name, int Depth)>();
        var pending = new Stack<(SelectionSetNode SelectionSet, int Depth)>();
        pending.Push((selectionSet, 0));
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            foreach (var selection in current.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var fieldDepth = ListFieldNames.Contains(field.Name.Value) ? Math.Min(depth + 1, MaxListsDepth) : depth;
                        deepest = Math.Max(deepest, fieldDepth);
                        if (field.SelectionSet is { } fieldSelections && fieldDepth < MaxListsDepth)
                        {
                            pending.Push((fieldSelections, fieldDepth));
                        }

                        break;
                    case InlineFragmentNode inline:
                        pending.Push((inline.SelectionSet, depth));
                        break;
                    case FragmentSpreadNode spread:
                        spreads.Add((spread.Name.Value, depth));
                        break;
                }
            }
        }

        return new Measurement(deepest, spreads);
    }

    // the deepest count through spreads too; a fragment already being expanded adds nothing (cycles are NoFragmentCyclesRule's)
    private int DepthOf(Measurement root, HashSet<string> expanding)
    {
        var deepest = root.Deepest;
        foreach (var (name, depth) in root.Spreads)
        {
            if (deepest >= MaxListsDepth)
            {
                break;
            }

            if (FragmentDepth(name, expanding) is { } fragmentDepth)
            {
                deepest = Math.Max(deepest, Math.Min(depth + fragmentDepth, MaxListsDepth));
            }
        }

        return deepest;
    }

    // iterative over the fragment graph: each fragment measured once and memoised
    private int? FragmentDepth(string name, HashSet<string> expanding)
    {
        if (_fragmentDepths.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!Context.TryGetFragment(name, out var root))
        {
            return null;
        }

        var frames = new Stack<Frame>();
        frames.Push(new Frame(name, Measure(root.SelectionSet)));
        expanding.Add(name);
        while (frames.Count > 0)
        {
            var frame = frames.Peek();
            if (frame.Next < frame.Measurement.Spreads.Count && frame.Deepest < MaxListsDepth)
            {
                var (spreadName, depth) = frame.Measurement.Spreads[frame.Next];
                if (_fragmentDepths.TryGetValue(spreadName, out var spreadDepth))
                {
                    frame.Deepest = Math.Max(frame.Deepest, Math.Min(depth + spreadDepth, MaxListsDepth));
                    frame.Next++;
                }
                else if (expanding.Contains(spreadName) || !Context.TryGetFragment(spreadName, out var fragment) || !Context.TryVisitFragment())
                {
                    frame.Next++;
                }
                else
                {
                    expanding.Add(spreadName);
                    frames.Push(new Frame(spreadName, Measure(fragment.SelectionSet)));
                }

                continue;
            }

            frames.Pop();
            expanding.Remove(frame.Name);
            _fragmentDepths[frame.Name] = frame.Deepest;
        }

        return _fragmentDepths.GetValueOrDefault(name);
    }

    private sealed record Measurement(int Deepest, IReadOnlyList<(string Name, int Depth)> Spreads);

    private sealed class Frame(string name, Measurement measurement)
    {
        public string Name { get; } = name;

        public Measurement Measurement { get; } = measurement;

        public int Deepest { get; set; } = measurement.Deepest;

        public int Next { get; set; }
    }
}
