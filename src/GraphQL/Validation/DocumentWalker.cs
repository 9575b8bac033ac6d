using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// Walks an executable document depth-first, in source order, with an explicit stack rather than
/// recursion (documents may nest deeper than the call stack allows). Each node is entered by the
/// <see cref="TypeInfo"/> first and then by the rules, and left by the rules before the TypeInfo.
/// Fragment spreads are not followed: each fragment definition is walked once, where it is defined.
/// Inside type-system definitions (which an executable document may not hold) only the directives are walked.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly Stack<(SyntaxNode Node, bool Leaving)> _stack = new();
    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[] _rules;
    private readonly Func<bool> _stopped;
    private readonly List<SyntaxNode> _ancestors;

    public DocumentWalker(TypeInfo typeInfo, IReadOnlyList<ValidationRule> rules, Func<bool> stopped, List<SyntaxNode>? ancestors = null)
    {
        _typeInfo = typeInfo;
        _rules = [.. rules];
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
                Leave(node);
                _typeInfo.Leave(node);
                continue;
            }

            if (node is DefinitionNode and not ExecutableDefinitionNode)
            {
                foreach (var rule in _rules)
                {
                    rule.EnterTypeSystemDefinition((DefinitionNode)node);
                }
            }

            _typeInfo.Enter(node);
            Enter(node);
            if (node.Kind >= SyntaxKind.SchemaDefinition)
            {
                foreach (var rule in _rules)
                {
                    rule.EnterTypeSystemNode(node);
                }
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
            default:
                PushTypeSystemChildren(node);
                break;
        }
    }

    // inside type-system definitions only the directives are walked, where graphql-js's directive rules look too
    private void PushTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                PushAll(schema.Directives);
                break;
            case SchemaExtensionNode schema:
                PushAll(schema.Directives);
                break;
            case ScalarTypeDefinitionNode scalar:
                PushAll(scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalar:
                PushAll(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode type:
                PushAll(type.Fields);
                PushAll(type.Directives);
                break;
            case ObjectTypeExtensionNode type:
                PushAll(type.Fields);
                PushAll(type.Directives);
                break;
            case InterfaceTypeDefinitionNode type:
                PushAll(type.Fields);
                PushAll(type.Directives);
                break;
            case InterfaceTypeExtensionNode type:
                PushAll(type.Fields);
                PushAll(type.Directives);
                break;
            case UnionTypeDefinitionNode union:
                PushAll(union.Directives);
                break;
            case UnionTypeExtensionNode union:
                PushAll(union.Directives);
                break;
            case EnumTypeDefinitionNode enumType:
                PushAll(enumType.Values);
                PushAll(enumType.Directives);
                break;
            case EnumTypeExtensionNode enumType:
                PushAll(enumType.Values);
                PushAll(enumType.Directives);
                break;
            case InputObjectTypeDefinitionNode input:
                PushAll(input.Fields);
                PushAll(input.Directives);
                break;
            case InputObjectTypeExtensionNode input:
                PushAll(input.Fields);
                PushAll(input.Directives);
                break;
            case DirectiveDefinitionNode directive:
                PushAll(directive.Arguments);
                break;
            case FieldDefinitionNode field:
                PushAll(field.Directives);
                PushAll(field.Arguments);
                break;
            case InputValueDefinitionNode inputValue:
                PushAll(inputValue.Directives);
                break;
            case EnumValueDefinitionNode enumValue:
                PushAll(enumValue.Directives);
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

    // one switch per node, then every rule's hook for that kind
    private void Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document:
                var document = (DocumentNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterDocument(document);
                }

                break;
            case SyntaxKind.OperationDefinition:
                var operationDefinition = (OperationDefinitionNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterOperationDefinition(operationDefinition);
                }

                break;
            case SyntaxKind.VariableDefinition:
                var variableDefinition = (VariableDefinitionNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterVariableDefinition(variableDefinition);
                }

                break;
            case SyntaxKind.SelectionSet:
                var selectionSet = (SelectionSetNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterSelectionSet(selectionSet);
                }

                break;
            case SyntaxKind.Field:
                var field = (FieldNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterField(field);
                }

                break;
            case SyntaxKind.FragmentSpread:
                var fragmentSpread = (FragmentSpreadNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterFragmentSpread(fragmentSpread);
                }

                break;
            case SyntaxKind.InlineFragment:
                var inlineFragment = (InlineFragmentNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterInlineFragment(inlineFragment);
                }

                break;
            case SyntaxKind.FragmentDefinition:
                var fragmentDefinition = (FragmentDefinitionNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterFragmentDefinition(fragmentDefinition);
                }

                break;
            case SyntaxKind.Argument:
                var argument = (ArgumentNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterArgument(argument);
                }

                break;
            case SyntaxKind.Directive:
                var directive = (DirectiveNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterDirective(directive);
                }

                break;
            case SyntaxKind.ObjectField:
                var objectField = (ObjectFieldNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterObjectField(objectField);
                }

                break;
            case SyntaxKind.Variable:
                var variable = (VariableNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterVariable(variable);
                }

                break;
            case SyntaxKind.IntValue or SyntaxKind.FloatValue or SyntaxKind.StringValue or SyntaxKind.BooleanValue or SyntaxKind.NullValue or SyntaxKind.EnumValue or SyntaxKind.ListValue or SyntaxKind.ObjectValue:
                var value = (ValueNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterValue(value);
                }

                break;
            case SyntaxKind.NamedType:
                var namedType = (NamedTypeNode)node;
                foreach (var rule in _rules)
                {
                    rule.EnterNamedType(namedType);
                }

                break;
        }
    }

    private void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document:
                var document = (DocumentNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveDocument(document);
                }

                break;
            case SyntaxKind.OperationDefinition:
                var operationDefinition = (OperationDefinitionNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveOperationDefinition(operationDefinition);
                }

                break;
            case SyntaxKind.VariableDefinition:
                var variableDefinition = (VariableDefinitionNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveVariableDefinition(variableDefinition);
                }

                break;
            case SyntaxKind.SelectionSet:
                var selectionSet = (SelectionSetNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveSelectionSet(selectionSet);
                }

                break;
            case SyntaxKind.Field:
                var field = (FieldNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveField(field);
                }

                break;
            case SyntaxKind.FragmentSpread:
                var fragmentSpread = (FragmentSpreadNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveFragmentSpread(fragmentSpread);
                }

                break;
            case SyntaxKind.InlineFragment:
                var inlineFragment = (InlineFragmentNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveInlineFragment(inlineFragment);
                }

                break;
            case SyntaxKind.FragmentDefinition:
                var fragmentDefinition = (FragmentDefinitionNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveFragmentDefinition(fragmentDefinition);
                }

                break;
            case SyntaxKind.Argument:
                var argument = (ArgumentNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveArgument(argument);
                }

                break;
            case SyntaxKind.Directive:
                var directive = (DirectiveNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveDirective(directive);
                }

                break;
            case SyntaxKind.ObjectField:
                var objectField = (ObjectFieldNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveObjectField(objectField);
                }

                break;
            case SyntaxKind.IntValue or SyntaxKind.FloatValue or SyntaxKind.StringValue or SyntaxKind.BooleanValue or SyntaxKind.NullValue or SyntaxKind.EnumValue or SyntaxKind.ListValue or SyntaxKind.ObjectValue:
                var value = (ValueNode)node;
                foreach (var rule in _rules)
                {
                    rule.LeaveValue(value);
                }

                break;
        }
    }
}
