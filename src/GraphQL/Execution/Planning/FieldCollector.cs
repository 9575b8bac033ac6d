using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution.Planning;

/// <summary>
/// Spec 6.3.2 CollectFields: groups the fields of selection sets by response name for one object
/// type, applying <c>@skip</c>/<c>@include</c> and fragment type conditions, each fragment visited once.
/// </summary>
internal sealed class FieldCollector
{
    private static readonly OutputField TypeNameField = new(
        "__typename",
        "The name of the current Object type at runtime.",
        new NonNullType(BuiltInScalars.String),
        new FieldCollection<InputValue>([]),
        [],
        null);

    private readonly OperationPlan _plan;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, bool> _conditionValues;
    private readonly OrderedDictionary<string, List<FieldNode>> _grouped = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

    public FieldCollector(OperationPlan plan, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, bool> conditionValues)
    {
        _plan = plan;
        _fragments = fragments;
        _conditionValues = conditionValues;
    }

    public SelectionSetPlan Collect(ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        foreach (var set in selectionSets)
        {
            CollectInto(type, set);
        }

        var fields = new List<FieldSelection>(_grouped.Count);
        foreach (var (_, nodes) in _grouped)
        {
            var name = nodes[0].Name.Value;
            if (name == TypeNameField.Name)
            {
                fields.Add(new FieldSelection(_plan, type, TypeNameField, [.. nodes], isTypeName: true));
            }
            else if (type.Fields.TryGetField(name, out var field)
                || (ReferenceEquals(type, _plan.Schema.QueryType) && _plan.Schema.MetaFields.TryGetField(name, out field)))
            {
                fields.Add(new FieldSelection(_plan, type, field, [.. nodes], isTypeName: false));
            }

            // spec 6.3 ExecuteSelectionSet: a field the type does not define is left out (validation reports it)
        }

        return new SelectionSetPlan(type, [.. fields]);
    }

    private void CollectInto(ObjectType type, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(field.Directives):
                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!_grouped.TryGetValue(responseName, out var nodes))
                    {
                        nodes = [];
                        _grouped.Add(responseName, nodes);
                    }

                    nodes.Add(field);
                    break;
                case FragmentSpreadNode spread when ShouldInclude(spread.Directives):
                    if (_visitedFragments.Add(spread.Name.Value)
                        && _fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && DoesFragmentTypeApply(type, fragment.TypeCondition))
                    {
                        CollectInto(type, fragment.SelectionSet);
                    }

                    break;
                case InlineFragmentNode inline when ShouldInclude(inline.Directives):
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(type, inline.TypeCondition))
                    {
                        CollectInto(type, inline.SelectionSet);
                    }

                    break;
            }
        }
    }

    // spec 6.3.2 DoesFragmentTypeApply
    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition)
    {
        if (!_plan.Schema.TryGetType(typeCondition.Name.Value, out var conditionType))
        {
            return false;
        }

        return conditionType switch
        {
            ObjectType o => ReferenceEquals(o, objectType),
            InterfaceType or UnionType => _plan.Schema.IsSubType(conditionType, objectType),
            _ => false,
        };
    }

    // spec 3.13.1 @skip and 3.13.2 @include
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not (BuiltInDirectives.SkipName or BuiltInDirectives.IncludeName))
            {
                continue;
            }

            var condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if")
                {
                    condition = argument.Value switch
                    {
                        BooleanValueNode b => b.Value,
                        VariableNode v => _conditionValues.TryGetValue(v.Name.Value, out var value) && value,
                        _ => false,
                    };
                }
            }

            if (name == BuiltInDirectives.SkipName ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}
