using System.Collections.Concurrent;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities.CostAnalysis;

namespace BpjsTk.GraphQL.Execution.Planning;

/// <summary>
/// A parsed and validated document with what execution derives from it once: fragments by name,
/// the variables <c>@skip</c>/<c>@include</c> read, and the field plans, shared across requests (thread-safe).
/// </summary>
internal sealed class PreparedDocument
{
    /// <summary>Most plans kept per document: one per operation and <c>@skip</c>/<c>@include</c> outcome; beyond it plans are built per request.</summary>
    internal const int MaxPlans = 64;

    private readonly ConcurrentDictionary<(OperationDefinitionNode Operation, ulong Conditions), OperationPlan> _plans = new();
    private readonly ConcurrentDictionary<OperationDefinitionNode, IReadOnlyList<GraphQLError>> _limitErrors = new();
    private static readonly IReadOnlyDictionary<string, bool> NoConditions = new Dictionary<string, bool>();

    private readonly string[] _conditionVariables;

    public PreparedDocument(DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
    {
        Document = document;
        ValidationErrors = validationErrors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
        var conditionVariables = new List<string>();
        foreach (var definition in document.Definitions)
        {
            var set = definition switch
            {
                OperationDefinitionNode o => o.SelectionSet,
                FragmentDefinitionNode f => f.SelectionSet,
                _ => null,
            };
            if (set is not null)
            {
                FindConditionVariables(set, conditionVariables);
            }
        }

        _conditionVariables = [.. conditionVariables];
    }

    public DocumentNode Document { get; }

    /// <summary>The validator's errors; empty when the document is valid.</summary>
    public IReadOnlyList<GraphQLError> ValidationErrors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The shape-limit errors of <paramref name="operation"/>, measured once per document and options.</summary>
    public IReadOnlyList<GraphQLError> LimitErrors(OperationDefinitionNode operation, OperationLimitsOptions options) =>
        _limitErrors.GetOrAdd(operation, static (o, state) => OperationLimitsAnalyzer.Analyze(state.Document, o, state.options), (Document, options));

    /// <summary>The plan of <paramref name="operation"/> for the <c>@skip</c>/<c>@include</c> outcomes the variables give.</summary>
    public OperationPlan GetPlan(Schema schema, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        if (_conditionVariables.Length == 0)
        {
            return _plans.GetOrAdd((operation, 0), static (_, state) => new OperationPlan(state.schema, state.operation, state.rootType, state.Fragments, NoConditions), (schema, operation, rootType, Fragments));
        }

        ulong key = 0;
        var values = new Dictionary<string, bool>(_conditionVariables.Length, StringComparer.Ordinal);
        for (var i = 0; i < _conditionVariables.Length; i++)
        {
            var value = variables.TryGetValue(_conditionVariables[i], out var given) && given is true;
            values[_conditionVariables[i]] = value;
            if (value && i < 64)
            {
                key |= 1UL << i;
            }
        }

        if (_conditionVariables.Length > 64 || (_plans.Count >= MaxPlans && !_plans.ContainsKey((operation, key))))
        {
            return new OperationPlan(schema, operation, rootType, Fragments, values);
        }

        return _plans.GetOrAdd((operation, key), static (_, state) => new OperationPlan(state.schema, state.operation, state.rootType, state.Fragments, state.values), (schema, operation, rootType, Fragments, values));
    }

    private static void FindConditionVariables(SelectionSetNode set, List<string> names)
    {
        foreach (var selection in set.Selections)
        {
            var (directives, child) = selection switch
            {
                FieldNode f => (f.Directives, f.SelectionSet),
                InlineFragmentNode i => (i.Directives, i.SelectionSet),
                FragmentSpreadNode s => (s.Directives, null),
                _ => ((IReadOnlyList<DirectiveNode>)[], null),
            };
            foreach (var directive in directives)
            {
                if (directive.Name.Value is BuiltInDirectives.SkipName or BuiltInDirectives.IncludeName)
                {
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Value is VariableNode v && !names.Contains(v.Name.Value))
                        {
                            names.Add(v.Name.Value);
                        }
                    }
                }
            }

            if (child is not null)
            {
                FindConditionVariables(child, names);
            }
        }
    }
}
