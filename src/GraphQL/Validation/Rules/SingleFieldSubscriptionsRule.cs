using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field, and not an introspection field.
/// The root fields are collected as execution would collect them (spec 6.3.2 CollectFields) with no variables given.
/// </summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var fields = CollectFields(subscriptionType, node.SelectionSet);
        var operationName = node.Name?.Value;
        if (fields.Count > 1)
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

    private List<List<FieldNode>> CollectFields(ObjectType type, SelectionSetNode selectionSet)
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
                case FieldNode field when IsIncluded(field.Directives):
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!groupByKey.TryGetValue(key, out var group))
                    {
                        group = [];
                        groupByKey.Add(key, group);
                        groups.Add(group);
                    }

                    group.Add(field);
                    break;
                case InlineFragmentNode inline when IsIncluded(inline.Directives) && ConditionMatches(inline.TypeCondition, type):
                    pending.Push((inline.SelectionSet.Selections, 0));
                    break;
                case FragmentSpreadNode spread when !visitedFragments.Contains(spread.Name.Value) && IsIncluded(spread.Directives):
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

    // spec 3.13.1-2 @skip and @include; with no variables known, a variable condition keeps the selection
    private static bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if ((directive.Name.Value == "skip" && condition is { Value: true }) || (directive.Name.Value == "include" && condition is { Value: false }))
            {
                return false;
            }
        }

        return true;
    }
}
