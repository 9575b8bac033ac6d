using System.Diagnostics.CodeAnalysis;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// What every rule of one validation shares: the schema and document, the type information at the
/// current node, the errors reported so far, the limits, and memoised questions about fragments and
/// variables that several rules ask (graphql-js ValidationContext).
/// </summary>
public sealed class ValidationContext
{
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursivelyReferencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SyntaxNode, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly List<GraphQLError> _errors = [];
    private readonly List<SyntaxNode> _ancestors = [];
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _fragmentsBySpreadNames = new(StringComparer.Ordinal);
    private long _fragmentVisits;
    private VariableUsageCollector? _variableUsageCollector;
    private long _fieldComparisons;

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        TypeInfo = new TypeInfo(schema);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    /// <summary>The schema the document is checked against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being checked.</summary>
    public DocumentNode Document { get; }

    /// <summary>The options of this validation.</summary>
    public ValidationOptions Options { get; }

    /// <summary>The types in force at the node the rules are visiting.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The errors reported so far, in the order reported.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>True once a limit was reached: no further errors are recorded and the walk ends.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>The nodes enclosing the one being visited, outermost (the document) first; the rule hooks see them as graphql-js visitors see their ancestors.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    internal List<SyntaxNode> AncestorList => _ancestors;

    /// <summary>The fragment definitions by name (the first one, where a name is defined twice).</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _fragments;

    /// <summary>Looks a fragment definition up by name.</summary>
    public bool TryGetFragment(string name, [NotNullWhen(true)] out FragmentDefinitionNode? fragment) => _fragments.TryGetValue(name, out fragment);

    /// <summary>Records a validation error with code <see cref="ErrorCodes.ValidationFailed"/> located at <paramref name="nodes"/>.</summary>
    public void ReportError(string message, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node is not null && node.Location.IsKnown)
            {
                locations.Add(new SourceLocation(node.Location.Line, node.Location.Column));
            }
        }

        ReportError(GraphQLError.WithCode(message, ErrorCodes.ValidationFailed, locations));
    }

    /// <summary>Records a validation error located at <paramref name="nodes"/>, in that order.</summary>
    public void ReportError(string message, IEnumerable<SyntaxNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ReportError(message, [.. nodes]);
    }

    /// <summary>
    /// Records <paramref name="error"/>. Once <see cref="ValidationOptions.MaxErrors"/> errors are recorded, the next one is replaced by
    /// an error with code <see cref="ErrorCodes.MaxErrors"/> and the validation is aborted (graphql-js maxErrors).
    /// </summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (IsAborted)
        {
            return;
        }

        if (_errors.Count >= Options.MaxErrors)
        {
            Abort("Too many validation errors, error limit reached. Validation aborted.", ErrorCodes.MaxErrors);
            return;
        }

        _errors.Add(error);
    }

    /// <summary>
    /// Counts <paramref name="count"/> fragment visits (fragments expanded or spreads followed) against
    /// <see cref="ValidationOptions.MaxFragmentVisits"/>; false (and the validation aborted with
    /// <see cref="ErrorCodes.MaxFragmentVisits"/>) once the limit is passed.
    /// </summary>
    public bool TryVisitFragment(int count = 1)
    {
        if (IsAborted)
        {
            return false;
        }

        _fragmentVisits += count;
        if (_fragmentVisits > Options.MaxFragmentVisits)
        {
            Abort($"Too many fragment visits: the document needs more than {Options.MaxFragmentVisits}. Validation aborted.", ErrorCodes.MaxFragmentVisits);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Counts <paramref name="count"/> field comparisons against <see cref="ValidationOptions.MaxFieldComparisons"/>; false (and the
    /// validation aborted with <see cref="ErrorCodes.MaxFieldComparisons"/>) once the limit is passed.
    /// </summary>
    public bool TryCompareFields(int count = 1)
    {
        if (IsAborted)
        {
            return false;
        }

        _fieldComparisons += count;
        if (_fieldComparisons > Options.MaxFieldComparisons)
        {
            Abort($"Too many field comparisons: the document needs more than {Options.MaxFieldComparisons}. Validation aborted.", ErrorCodes.MaxFieldComparisons);
            return false;
        }

        return true;
    }

    /// <summary>The fragment spreads directly in <paramref name="selectionSet"/> or its nested selection sets, not following the spreads.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var selection in current.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        pending.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>
    /// Every fragment <paramref name="operation"/> uses, directly or through other fragments, each once, breadth-first in the
    /// order first met (spreads of unknown fragments are skipped), as graphql-js lists them. Operations that spread the same
    /// fragments share one answer. Stops early if <see cref="ValidationOptions.MaxFragmentVisits"/> is passed.
    /// </summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursivelyReferencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var collected = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
        {
            if (seen.Add(spread.Name.Value))
            {
                collected.Add(spread.Name.Value);
            }
        }

        var key = string.Join(',', collected);
        if (!_fragmentsBySpreadNames.TryGetValue(key, out var fragments))
        {
            fragments = CollectFragments(collected, seen);
            _fragmentsBySpreadNames[key] = fragments;
        }

        _recursivelyReferencedFragments[operation] = fragments;
        return fragments;
    }

    private List<FragmentDefinitionNode> CollectFragments(List<string> names, HashSet<string> seen)
    {
        var fragments = new List<FragmentDefinitionNode>();
        if (!TryVisitFragment(names.Count))
        {
            return fragments;
        }

        // names grows while it is read: each fragment's spreads join the end, so the walk is breadth-first
        for (var i = 0; i < names.Count; i++)
        {
            if (!_fragments.TryGetValue(names[i], out var fragment))
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            if (!TryVisitFragment(spreads.Count))
            {
                break;
            }

            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }

    /// <summary>The variables used in an operation or fragment definition (not following spreads), each with the input type expected where it stands.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (_variableUsages.TryGetValue(node, out var cached))
        {
            return cached;
        }

        _variableUsageCollector ??= new VariableUsageCollector(this);
        var usages = _variableUsageCollector.Collect(node);
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>The variables used in <paramref name="operation"/> and in every fragment it uses, directly or not.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        var fragments = GetRecursivelyReferencedFragments(operation);
        TryVisitFragment(fragments.Count);
        foreach (var fragment in fragments)
        {
            var fragmentUsages = GetVariableUsages(fragment);
            if (!TryVisitFragment(fragmentUsages.Count))
            {
                break;
            }

            usages.AddRange(fragmentUsages);
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>
    /// " Did you mean ...?" naming the <paramref name="options"/> most like <paramref name="input"/> (graphql-js suggestionList and didYouMean);
    /// empty when none is close or <see cref="ValidationOptions.IncludeSuggestions"/> is off.
    /// </summary>
    public string SuggestionsFor(string input, IEnumerable<string> options, string? subMessage = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return Options.IncludeSuggestions ? Utilities.DidYouMean.Format(Utilities.SuggestionList.For(input, options), subMessage) : string.Empty;
    }

    /// <summary>" Did you mean ...?" naming <paramref name="suggestions"/> as given; empty when there are none or suggestions are off.</summary>
    public string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return Options.IncludeSuggestions ? Utilities.DidYouMean.Format(suggestions, subMessage) : string.Empty;
    }

    /// <summary>The output type at the current node (<see cref="TypeInfo.Type"/>).</summary>
    public IType? Type => TypeInfo.Type;

    /// <summary>The composite type holding the current selection (<see cref="TypeInfo.ParentType"/>).</summary>
    public INamedType? ParentType => TypeInfo.ParentType;

    /// <summary>The input type expected at the current node (<see cref="TypeInfo.InputType"/>).</summary>
    public IType? InputType => TypeInfo.InputType;

    /// <summary>The input type holding the current value (<see cref="TypeInfo.ParentInputType"/>).</summary>
    public IType? ParentInputType => TypeInfo.ParentInputType;

    /// <summary>The definition of the current field (<see cref="TypeInfo.FieldDefinition"/>).</summary>
    public OutputField? FieldDefinition => TypeInfo.FieldDefinition;

    /// <summary>The current directive (<see cref="TypeInfo.Directive"/>).</summary>
    public DirectiveDefinition? Directive => TypeInfo.Directive;

    /// <summary>The current argument (<see cref="TypeInfo.Argument"/>).</summary>
    public InputValue? Argument => TypeInfo.Argument;

    /// <summary>The current enum value (<see cref="TypeInfo.EnumValue"/>).</summary>
    public EnumValue? EnumValue => TypeInfo.EnumValue;

    internal void Abort(string message, string code)
    {
        if (IsAborted)
        {
            return;
        }

        _errors.Add(GraphQLError.WithCode(message, code));
        IsAborted = true;
    }
}
