using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// spec 5.2 Subscription Operation Definitions, Single Root Field: a subscription selects exactly one root field, not an introspection field, and
/// without <c>@skip</c> or <c>@include</c> at the root. The root fields are collected as execution collects them
/// (spec 6.3.2 CollectFields), following fragments at the root.
/// </summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var forbiddenDirectives = new List<DirectiveNode>();
        var fields = CollectFields(subscriptionType, node.SelectionSet, forbiddenDirectives);
        var operationName = node.Name?.Value;
        if (forbiddenDirectives.Count > 0)
        {
            var message = operationName is null
                ? "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection."
                : $"Subscription \"{operationName}\" must not use `@skip` or `@include` directives in the top level selection.";
            Context.ReportError(message, forbiddenDirectives);
            return;
        }

        if (fields.Count == 0)
        {
            var message = operationName is null
                ? "Anonymous Subscription must select one top level field."
                : $"Subscription \"{operationName}\" must select one top level field.";
            Context.ReportError(message, node.SelectionSet);
        }
        else if (fields.Count > 1)
        {
            var message = operationName is null
                ? "Anonymous Subscription must select only one top level field."
                : $"Subscription \"{operationName}\" must select only one top level field.";
            Context.ReportError(message, fields.Skip(1).SelectMany(f => f));
        }

        foreach (var fieldNodes in fields)
        {
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                var message = operationName is null
                    ? "Anonymous Subscription must not select an introspection top level field."
                    : $"Subscription \"{operationName}\" must not select an introspection top level field.";
                Context.ReportError(message, fieldNodes);
            }
        }
    }

    private List<List<FieldNode>> CollectFields(ObjectType type, SelectionSetNode selectionSet, List<DirectiveNode> forbiddenDirectives)
    {
        var groups = new List<List<FieldNode>>();
        var groupByKey = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(IReadOnlyList<SelectionNode> Selections, int Next)>();
        pending.Push((selectionSet.Selections, 0));
        while (pending.Count > 0)
        {
            var (selections, next) = pending.Pop();
            if (next == selections.Count)
            {
                continue;
            }

            // come back for the rest of this selection set after anything nested in the current selection
            pending.Push((selections, next + 1));
            switch (selections[next])
            {
                case FieldNode field when IsAllowed(field.Directives, forbiddenDirectives):
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!groupByKey.TryGetValue(key, out var group))
                    {
                        group = [];
                        groupByKey.Add(key, group);
                        groups.Add(group);
                    }

                    group.Add(field);
                    break;
                case InlineFragmentNode inline when IsAllowed(inline.Directives, forbiddenDirectives) && ConditionMatches(inline.TypeCondition, type):
                    pending.Push((inline.SelectionSet.Selections, 0));
                    break;
                case FragmentSpreadNode spread when !visitedFragments.Contains(spread.Name.Value) && IsAllowed(spread.Directives, forbiddenDirectives):
                    visitedFragments.Add(spread.Name.Value);
                    if (Context.TryGetFragment(spread.Name.Value, out var fragment) && ConditionMatches(fragment.TypeCondition, type))
                    {
                        pending.Push((fragment.SelectionSet.Selections, 0));
                    }

                    break;
            }
        }

        return groups;
    }

    private bool ConditionMatches(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = Context.TypeInfo.TypeFromSyntax(condition) as INamedType;
        return ReferenceEquals(conditionType, type) || (conditionType is not null && conditionType.IsAbstractType() && Context.Schema.IsSubType(conditionType, type));
    }

    // a selection with @skip or @include is left out and its directive recorded (@skip first, as graphql-js does)
    private static bool IsAllowed(IReadOnlyList<DirectiveNode> directives, List<DirectiveNode> forbiddenDirectives)
    {
        var forbidden = directives.FirstOrDefault(d => d.Name.Value == "skip") ?? directives.FirstOrDefault(d => d.Name.Value == "include");
        if (forbidden is null)
        {
            return true;
        }

        forbiddenDirectives.Add(forbidden);
        return false;
    }
}
