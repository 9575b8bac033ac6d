using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// Walks an executable document depth-first, in source order, with an explicit stack rather than
/// recursion (documents may nest deeper than the call stack allows). Each node is entered by the
/// <see cref="TypeInfo"/> first and then by the rules, and left by the rules before the TypeInfo.
/// Fragment spreads are not followed: each fragment definition is walked once, where it is defined.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly Stack<(SyntaxNode Node, bool Leaving)> _stack = new();
    private readonly TypeInfo _typeInfo;
    private readonly IReadOnlyList<ValidationRule> _rules;
    private readonly Func<bool> _stopped;
    private readonly List<SyntaxNode> _ancestors;

    public DocumentWalker(TypeInfo typeInfo, IReadOnlyList<ValidationRule> rules, Func<bool> stopped, List<SyntaxNode>? ancestors = null)
    {
        _typeInfo = typeInfo;
        _rules = rules;
        _stopped = stopped;
        _ancestors = ancestors ?? [];
    }

    public void Walk(SyntaxNode root)
    {
        _stack.Clear();
        _ancestors.Clear();
        _stack.Push((root, false));
        while (_stack.Count > 0 && !_stopped())
        {
            var (node, leaving) = _stack.Pop();
            if (leaving)
            {
                _ancestors.RemoveAt(_ancestors.Count - 1);
                foreach (var rule in _rules)
                {
                    Leave(rule, node);
                }

                _typeInfo.Leave(node);
                continue;
            }

            if (node is DefinitionNode and not ExecutableDefinitionNode)
            {
                foreach (var rule in _rules)
                {
                    rule.EnterTypeSystemDefinition((DefinitionNode)node);
                }

                continue;
            }

            _typeInfo.Enter(node);
            foreach (var rule in _rules)
            {
                Enter(rule, node);
            }

            _ancestors.Add(node);
            _stack.Push((node, true));
            PushChildren(node);
        }
    }

    private void PushChildren(SyntaxNode node)
    {
        // children are pushed last-first so that they are entered in source order
        switch (node)
        {
            case DocumentNode document:
                PushAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                Push(operation.SelectionSet);
                PushAll(operation.Directives);
                PushAll(operation.VariableDefinitions);
                break;
            case VariableDefinitionNode variable:
                PushAll(variable.Directives);
                Push(variable.DefaultValue);
                Push(variable.Type);
                Push(variable.Variable);
                break;
            case SelectionSetNode selectionSet:
                PushAll(selectionSet.Selections);
                break;
            case FieldNode field:
                Push(field.SelectionSet);
                PushAll(field.Directives);
                PushAll(field.Arguments);
                break;
            case FragmentSpreadNode spread:
                PushAll(spread.Directives);
                break;
            case InlineFragmentNode inline:
                Push(inline.SelectionSet);
                PushAll(inline.Directives);
                Push(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                Push(fragment.SelectionSet);
                PushAll(fragment.Directives);
                Push(fragment.TypeCondition);
                break;
            case ArgumentNode argument:
                Push(argument.Value);
                break;
            case DirectiveNode directive:
                PushAll(directive.Arguments);
                break;
            case ListValueNode list:
                PushAll(list.Values);
                break;
            case ObjectValueNode obj:
                PushAll(obj.Fields);
                break;
            case ObjectFieldNode objectField:
                Push(objectField.Value);
                break;
            case ListTypeNode listType:
                Push(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                Push(nonNullType.Type);
                break;
        }
    }

    private void Push(SyntaxNode? node)
    {
        if (node is not null)
        {
            _stack.Push((node, false));
        }
    }

    private void PushAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            _stack.Push((nodes[i], false));
        }
    }

    private static void Enter(ValidationRule rule, SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n: rule.EnterDocument(n); break;
            case OperationDefinitionNode n: rule.EnterOperationDefinition(n); break;
            case VariableDefinitionNode n: rule.EnterVariableDefinition(n); break;
            case SelectionSetNode n: rule.EnterSelectionSet(n); break;
            case FieldNode n: rule.EnterField(n); break;
            case FragmentSpreadNode n: rule.EnterFragmentSpread(n); break;
            case InlineFragmentNode n: rule.EnterInlineFragment(n); break;
            case FragmentDefinitionNode n: rule.EnterFragmentDefinition(n); break;
            case ArgumentNode n: rule.EnterArgument(n); break;
            case DirectiveNode n: rule.EnterDirective(n); break;
            case VariableNode n: rule.EnterVariable(n); break;
            case ValueNode n: rule.EnterValue(n); break;
            case ObjectFieldNode n: rule.EnterObjectField(n); break;
            case NamedTypeNode n: rule.EnterNamedType(n); break;
        }
    }

    private static void Leave(ValidationRule rule, SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n: rule.LeaveDocument(n); break;
            case OperationDefinitionNode n: rule.LeaveOperationDefinition(n); break;
            case VariableDefinitionNode n: rule.LeaveVariableDefinition(n); break;
            case SelectionSetNode n: rule.LeaveSelectionSet(n); break;
            case FieldNode n: rule.LeaveField(n); break;
            case FragmentSpreadNode n: rule.LeaveFragmentSpread(n); break;
            case InlineFragmentNode n: rule.LeaveInlineFragment(n); break;
            case FragmentDefinitionNode n: rule.LeaveFragmentDefinition(n); break;
            case ArgumentNode n: rule.LeaveArgument(n); break;
            case DirectiveNode n: rule.LeaveDirective(n); break;
            case VariableNode: break;
            case ValueNode n: rule.LeaveValue(n); break;
            case ObjectFieldNode n: rule.LeaveObjectField(n); break;
        }
    }
}
