using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation.FieldsInSetCanMerge;

/// <summary>
/// Finds the fields that cannot be merged (spec 5.3.2 FieldsInSetCanMerge) the way graphql-js 17
/// does, with its defences against quadratic and exponential documents: fields are collected once
/// per selection set and type, fragment pairs are compared once (remembering mutual exclusivity),
/// large groups of one response name are compared by shape (fields with one parent type, name,
/// arguments and sub-selection compare alike), and every full comparison counts towards
/// <see cref="ValidationOptions.MaxFieldComparisons"/>. The engine has no @stream, so graphql-js's
/// stream-directive check has no counterpart here.
/// </summary>
internal sealed class FieldConflictFinder
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    // up to this many pairs a group is compared pair by pair, exactly in graphql-js's order
    private const int PairByPairLimit = 16;

    private readonly ValidationContext _context;
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly Dictionary<SelectionSetNode, List<(INamedType? Type, CollectedFields Fields)>> _collected = new(ReferenceEqualityComparer.Instance);
    private readonly ComparedPairs<CollectedFields, string> _comparedFieldsAndFragments = new(unordered: false);
    private readonly ComparedPairs<string, string> _comparedFragments = new(unordered: true);
    private readonly Dictionary<string, int> _shapeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, int> _selectionSetIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _selectionSetIdsByText = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int, bool), bool> _shapesConflict = [];
    private readonly Dictionary<(FieldOccurrence, FieldOccurrence), FieldConflict> _representativeConflicts = [];
    private List<FieldConflict>? _topLevel;
    private long _maxTopLevelConflicts;
    private bool _stopped;

    /// <summary>A finder for one validation; each full comparison counts against <see cref="ValidationOptions.MaxFieldComparisons"/>.</summary>
    public FieldConflictFinder(ValidationContext context)
    {
        _context = context;
        _schema = context.Schema;
        _fragments = context.Fragments;
    }

    /// <summary>True once the comparisons (or the stack) ran out and the validation was aborted; no further conflicts are looked for.</summary>
    public bool LimitReached { get; private set; }

    /// <summary>
    /// The conflicts among the fields of <paramref name="selectionSet"/> selected on
    /// <paramref name="parentType"/>, fragments spread in it included, at most <paramref name="maxConflicts"/>.
    /// </summary>
    public List<FieldConflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet, long maxConflicts)
    {
        var conflicts = new List<FieldConflict>();
        if (LimitReached || maxConflicts <= 0)
        {
            return conflicts;
        }

        _topLevel = conflicts;
        _maxTopLevelConflicts = maxConflicts;
        _stopped = false;
        var fields = Collect(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fields);
        var fragmentNames = fields.FragmentNames;
        if (fragmentNames.Count != 0 && (fields.ResponseNames.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count && !_stopped; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count && !_stopped; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        _topLevel = null;
        return conflicts;
    }

    /// <summary>The sentence graphql-js reports for a conflict.</summary>
    public static string Message(FieldConflict conflict) =>
        $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.";

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private void CollectConflictsWithin(List<FieldConflict> conflicts, CollectedFields fields)
    {
        foreach (var responseName in fields.ResponseNames)
        {
            var group = fields.FieldsByResponseName[responseName];
            if (group.Count > 1)
            {
                ComparePairs(conflicts, false, responseName, group, null);
            }

            if (_stopped)
            {
                return;
            }
        }
    }

    // spec 5.3.2: fields of two sets (or of one set, when second is null) with one response name
    private void ComparePairs(List<FieldConflict> conflicts, bool exclusive, string responseName, List<FieldOccurrence> first, List<FieldOccurrence>? second)
    {
        var pairs = second is null ? (long)first.Count * (first.Count - 1) / 2 : (long)first.Count * second.Count;
        if (pairs <= PairByPairLimit)
        {
            ComparePairsInOrder(conflicts, exclusive, responseName, first, second);
            return;
        }

        // mostly distinct fields gain nothing from shapes; pair by pair, the error limit can end the work early
        var fields = first.Count + (second?.Count ?? 0);
        var shapes = first.Select(ShapeOf).Distinct().Count() + (second?.Select(ShapeOf).Distinct().Count() ?? 0);
        if (shapes * 2 > fields)
        {
            ComparePairsInOrder(conflicts, exclusive, responseName, first, second);
            return;
        }

        var conflictingShapes = FindConflictingShapes(exclusive, responseName, first, second ?? first, second is null);
        if (conflictingShapes.Count != 0)
        {
            CompareConflictingShapesInOrder(conflicts, exclusive, responseName, first, second, conflictingShapes);
        }
    }

    private void ComparePairsInOrder(List<FieldConflict> conflicts, bool exclusive, string responseName, List<FieldOccurrence> first, List<FieldOccurrence>? second)
    {
        var within = second is null;
        var other = second ?? first;
        for (var i = 0; i < first.Count; i++)
        {
            for (var j = within ? i + 1 : 0; j < other.Count; j++)
            {
                var conflict = FindConflict(exclusive, responseName, first[i], other[j]);
                if (conflict is not null)
                {
                    Add(conflicts, conflict);
                }

                if (_stopped)
                {
                    return;
                }
            }
        }
    }

    // the pairs of conflicting shapes only, still in graphql-js's order: by first field, then by second
    private void CompareConflictingShapesInOrder(List<FieldConflict> conflicts, bool exclusive, string responseName, List<FieldOccurrence> first, List<FieldOccurrence>? second, HashSet<(int, int)> conflictingShapes)
    {
        var within = second is null;
        var other = second ?? first;
        var partners = new Dictionary<int, List<int>>();
        foreach (var (a, b) in conflictingShapes)
        {
            AddTo(partners, a, b);
            if (a != b)
            {
                AddTo(partners, b, a);
            }
        }

        var positions = new Dictionary<int, List<int>>();
        for (var j = 0; j < other.Count; j++)
        {
            AddTo(positions, ShapeOf(other[j]), j);
        }

        var candidates = new List<int>();
        for (var i = 0; i < first.Count; i++)
        {
            if (!partners.TryGetValue(ShapeOf(first[i]), out var partnerShapes))
            {
                continue;
            }

            candidates.Clear();
            foreach (var shape in partnerShapes)
            {
                if (positions.TryGetValue(shape, out var members))
                {
                    candidates.AddRange(within ? members.Where(j => j > i) : members);
                }
            }

            candidates.Sort();
            foreach (var j in candidates)
            {
                var conflict = _representativeConflicts.Remove((first[i], other[j]), out var found)
                    ? found
                    : FindConflict(exclusive, responseName, first[i], other[j]);
                if (conflict is not null)
                {
                    Add(conflicts, conflict);
                }

                if (_stopped)
                {
                    return;
                }
            }
        }
    }

    private static void AddTo(Dictionary<int, List<int>> lists, int key, int value)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists.Add(key, list);
        }

        list.Add(value);
    }

    // fields of one shape compare alike, so one comparison per pair of shapes tells which pairs can conflict
    private HashSet<(int, int)> FindConflictingShapes(bool exclusive, string responseName, List<FieldOccurrence> first, List<FieldOccurrence> second, bool within)
    {
        var result = new HashSet<(int, int)>();
        var firstByShape = FirstOfEachShape(first);
        var secondByShape = within ? firstByShape : FirstOfEachShape(second);
        foreach (var (shape1, field1) in firstByShape)
        {
            foreach (var (shape2, field2) in secondByShape)
            {
                FieldOccurrence a = field1, b = field2;
                if (within)
                {
                    if (shape1 > shape2)
                    {
                        continue;
                    }

                    if (shape1 == shape2)
                    {
                        // a shape against itself needs a second field of that shape
                        var index = first.IndexOf(field1);
                        var twin = first.FindIndex(index + 1, f => f.ShapeId == shape1);
                        if (twin < 0)
                        {
                            continue;
                        }

                        b = first[twin];
                    }
                    else if (first.IndexOf(field1) > first.IndexOf(field2))
                    {
                        (a, b) = (b, a);
                    }
                }

                var key = (Math.Min(shape1, shape2), Math.Max(shape1, shape2), exclusive);
                if (!_shapesConflict.TryGetValue(key, out var conflicting))
                {
                    var conflict = FindConflict(exclusive, responseName, a, b);
                    if (_stopped)
                    {
                        return [];
                    }

                    // kept for the pair-by-pair pass: comparing again would find its fragment pairs already compared
                    conflicting = conflict is not null;
                    if (conflict is not null)
                    {
                        _representativeConflicts[(a, b)] = conflict;
                    }

                    _shapesConflict[key] = conflicting;
                }

                if (conflicting)
                {
                    result.Add((key.Item1, key.Item2));
                }
            }
        }

        return result;
    }

    private List<(int Shape, FieldOccurrence Field)> FirstOfEachShape(List<FieldOccurrence> fields)
    {
        var seen = new HashSet<int>();
        var result = new List<(int, FieldOccurrence)>();
        foreach (var field in fields)
        {
            var shape = ShapeOf(field);
            if (seen.Add(shape))
            {
                result.Add((shape, field));
            }
        }

        return result;
    }

    private int ShapeOf(FieldOccurrence field)
    {
        if (field.ShapeId < 0)
        {
            // what a comparison reads: the type, the name, the arguments and the sub-selection (aliases and directives play no part)
            var text = string.Concat(
                field.ParentType?.Name ?? string.Empty,
                "\n",
                field.Node.Name.Value,
                "\n",
                ArgumentsKey(field),
                "\n",
                field.Node.SelectionSet is { } selectionSet ? SelectionSetId(selectionSet).ToString(CultureInfo.InvariantCulture) : string.Empty);
            if (!_shapeIds.TryGetValue(text, out var id))
            {
                id = _shapeIds.Count;
                _shapeIds.Add(text, id);
            }

            field.ShapeId = id;
        }

        return field.ShapeId;
    }

    // one number per distinct selection-set text (response names, fields, arguments, spreads, type conditions), built bottom-up
    private int SelectionSetId(SelectionSetNode selectionSet)
    {
        if (_selectionSetIds.TryGetValue(selectionSet, out var id))
        {
            return id;
        }

        var text = new StringBuilder();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    text.Append(field.Alias?.Value ?? field.Name.Value).Append(':').Append(field.Name.Value)
                        .Append('(').Append(ValueComparisonKey.OfArguments(field.Arguments)).Append(')');
                    if (field.SelectionSet is { } fieldSelections)
                    {
                        text.Append('{').Append(SelectionSetId(fieldSelections)).Append('}');
                    }

                    break;
                case FragmentSpreadNode spread:
                    text.Append("...").Append(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    text.Append("...on ").Append(inline.TypeCondition?.Name.Value).Append('{').Append(SelectionSetId(inline.SelectionSet)).Append('}');
                    break;
            }

            text.Append(';');
        }

        var key = text.ToString();
        if (!_selectionSetIdsByText.TryGetValue(key, out id))
        {
            id = _selectionSetIdsByText.Count;
            _selectionSetIdsByText.Add(key, id);
        }

        _selectionSetIds.Add(selectionSet, id);
        return id;
    }

    private void Add(List<FieldConflict> conflicts, FieldConflict conflict)
    {
        conflicts.Add(conflict);
        if (ReferenceEquals(conflicts, _topLevel) && conflicts.Count >= _maxTopLevelConflicts)
        {
            _stopped = true;
        }
    }

    private void CollectConflictsBetween(List<FieldConflict> conflicts, bool exclusive, CollectedFields first, CollectedFields second)
    {
        if (first.ResponseNames.Count == 0 || second.ResponseNames.Count == 0)
        {
            return;
        }

        foreach (var overlap in first.OverlapWith(second))
        {
            ComparePairs(conflicts, exclusive, overlap.ResponseName, overlap.Fields1, overlap.Fields2);
            if (_stopped)
            {
                return;
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<FieldConflict> conflicts, bool exclusive, CollectedFields fields, string fragmentName)
    {
        if (fields.ResponseNames.Count == 0 || _comparedFieldsAndFragments.Contains(fields, fragmentName, exclusive))
        {
            return;
        }

        _comparedFieldsAndFragments.Add(fields, fragmentName, exclusive);
        if (!_fragments.TryGetValue(fragmentName, out var fragment) || !EnoughStack())
        {
            return;
        }

        var fragmentFields = CollectFragment(fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, exclusive, fields, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
        {
            if (_stopped)
            {
                return;
            }

            CollectConflictsBetweenFieldsAndFragment(conflicts, exclusive, fields, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<FieldConflict> conflicts, bool exclusive, string fragmentName1, string fragmentName2)
    {
        if (fragmentName1 == fragmentName2 || _comparedFragments.Contains(fragmentName1, fragmentName2, exclusive))
        {
            return;
        }

        _comparedFragments.Add(fragmentName1, fragmentName2, exclusive);
        if (!_fragments.TryGetValue(fragmentName1, out var fragment1) || !_fragments.TryGetValue(fragmentName2, out var fragment2) || !EnoughStack())
        {
            return;
        }

        var fields1 = CollectFragment(fragment1);
        var fields2 = CollectFragment(fragment2);
        CollectConflictsBetween(conflicts, exclusive, fields1, fields2);
        foreach (var referenced2 in fields2.FragmentNames)
        {
            if (_stopped)
            {
                return;
            }

            CollectConflictsBetweenFragments(conflicts, exclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in fields1.FragmentNames)
        {
            if (_stopped)
            {
                return;
            }

            CollectConflictsBetweenFragments(conflicts, exclusive, referenced1, fragmentName2);
        }
    }

    private List<FieldConflict> FindConflictsBetweenSubSelectionSets(bool exclusive, INamedType? parentType1, SelectionSetNode selectionSet1, INamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var fields1 = Collect(parentType1, selectionSet1);
        var fields2 = Collect(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, exclusive, fields1, fields2);
        foreach (var fragmentName2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, exclusive, fields1, fragmentName2);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, exclusive, fields2, fragmentName1);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, exclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    // spec 5.3.2 SameResponseShape and FieldsInSetCanMerge for one pair of fields
    private FieldConflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldOccurrence field1, FieldOccurrence field2)
    {
        if (_stopped)
        {
            return null;
        }

        if (!_context.TryCompareFields() || !EnoughStack())
        {
            LimitReached = true;
            _stopped = true;
            return null;
        }

        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && Equals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new FieldConflict(
                    responseName,
                    $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields",
                    [node1],
                    [node2]);
            }

            if (ArgumentsKey(field1) != ArgumentsKey(field2))
            {
                return new FieldConflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new FieldConflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive, type1?.NamedType(), selectionSet1, type2?.NamedType(), selectionSet2);
            return _stopped && LimitReached ? null : SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private static string ArgumentsKey(FieldOccurrence field) =>
        field.ArgumentsKey ??= ValueComparisonKey.OfArguments(field.Node.Arguments);

    private static bool DoTypesConflict(IType type1, IType type2)
    {
        while (true)
        {
            if (type1.Equals(type2))
            {
                return false;
            }

            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                (type1, type2) = (list1.OfType, list2.OfType);
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            return type1.IsLeafType() || type2.IsLeafType();
        }
    }

    private static FieldConflict? SubfieldConflicts(List<FieldConflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new FieldConflict(
            responseName,
            Abbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, first: true),
            ConflictNodes(node2, conflicts, first: false));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<FieldConflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var retained = Math.Min(MaxConflictNodes - nodes.Count, side.Count);
            for (var i = side.Count - retained; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(_schema.TryGetType(fragment.TypeCondition.Name.Value, out var type) ? type : null, fragment.SelectionSet);

    private CollectedFields Collect(INamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collected.TryGetValue(selectionSet, out var byType))
        {
            byType = [];
            _collected.Add(selectionSet, byType);
        }

        foreach (var (type, cached) in byType)
        {
            if (ReferenceEquals(type, parentType))
            {
                return cached;
            }
        }

        var fields = new CollectedFields();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectInto(fields, fragmentNames, parentType, selectionSet);
        byType.Add((parentType, fields));
        return fields;
    }

    private void CollectInto(CollectedFields fields, HashSet<string> fragmentNames, INamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    OutputField? definition = null;
                    if (parentType is ComplexOutputType complex)
                    {
                        complex.Fields.TryGetField(field.Name.Value, out definition);
                    }

                    fields.Add(field.Alias?.Value ?? field.Name.Value, new FieldOccurrence(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (_fragments.ContainsKey(spread.Name.Value) && fragmentNames.Add(spread.Name.Value))
                    {
                        fields.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null
                        ? parentType
                        : _schema.TryGetType(inline.TypeCondition.Name.Value, out var conditionType) ? conditionType : null;
                    CollectInto(fields, fragmentNames, inlineType, inline.SelectionSet);
                    break;
            }
        }
    }

    private bool EnoughStack()
    {
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return true;
        }

        _context.Abort("The document nests too deeply to compare its fields. Validation aborted.", ErrorCodes.MaxFieldComparisons);
        LimitReached = true;
        _stopped = true;
        return false;
    }
}
