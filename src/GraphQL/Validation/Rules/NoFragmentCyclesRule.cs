using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// spec 5.5.2.2 Fragment Spreads Must Not Form Cycles. Depth-first over the spreads with an explicit
/// stack, each fragment entered once, so each cycle is reported once with the locations of its spreads.
/// </summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _frames = new();

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (!TryEnter(node))
        {
            return;
        }

        while (_frames.Count > 0 && !Context.IsAborted)
        {
            var frame = _frames.Peek();
            if (frame.Next == frame.Spreads.Count)
            {
                _frames.Pop();
                _spreadPathIndexByName.Remove(frame.Name);
                if (_frames.Count > 0)
                {
                    // the spread that led into the finished fragment
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }

                continue;
            }

            var spread = frame.Spreads[frame.Next++];
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                ReportCycle(spreadName, cycleIndex);
            }
            else if (Context.TryGetFragment(spreadName, out var target) && TryEnter(target))
            {
                continue;
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
    }

    private bool TryEnter(FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return false;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        _spreadPathIndexByName[name] = _spreadPath.Count;
        _frames.Push(new Frame(name, spreads));
        return true;
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cyclePath = _spreadPath[cycleIndex..];
        var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => $"\"{s.Name.Value}\""));
        Context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself{(via.Length > 0 ? $" via {via}." : ".")}", cyclePath);
    }

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
