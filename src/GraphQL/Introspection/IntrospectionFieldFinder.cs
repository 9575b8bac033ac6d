using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Introspection;

/// <summary>
/// Finds an operation's first introspection meta-field (<c>__schema</c> or <c>__type</c>), which exist on the query root
/// only (spec 4.1 Schema Introspection), following the root selection set's inline fragments and fragment spreads.
/// </summary>
internal static class IntrospectionFieldFinder
{
    public static FieldNode? Find(DocumentNode document, OperationDefinitionNode operation)
    {
        if (operation.Operation is not OperationType.Query)
        {
            return null;
        }

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        // each fragment once: spreads are expanded by name, never once per spread
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var selectionSet))
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode { Name.Value: "__schema" or "__type" } field:
                        return field;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }

        return null;
    }
}
