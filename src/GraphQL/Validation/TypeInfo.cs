using System.Runtime.CompilerServices;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema types in force at the current node: the parent
/// composite type, the field definition and its output type, the expected input type and its
/// parent, the argument, the directive, the enum value and the default value (graphql-js TypeInfo).
/// Every value is null where the document strays from the schema.
/// </summary>
public sealed class TypeInfo
{
    private static readonly ConditionalWeakTable<Schema, OutputField?> TypeNameFields = [];
    private readonly Schema _schema;
    private readonly OutputField? _typeNameField;
    private readonly List<IType?> _typeStack = [];
    private readonly List<INamedType?> _parentTypeStack = [];
    private readonly List<IType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    /// <summary>Starts outside any definition of a document over <paramref name="schema"/>.</summary>
    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _typeNameField = TypeNameFields.GetValue(schema, TypeNameField);
    }

    /// <summary>The output type at the current node: an operation's root type, a fragment's type condition, a field's type.</summary>
    public IType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set holds the current node.</summary>
    public INamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected at the current node: a variable's, an argument's, a list item's or an input field's.</summary>
    public IType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type one level out (the list or input object holding the current value).</summary>
    public IType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the field being visited.</summary>
    public OutputField? FieldDefinition => Peek(_fieldDefStack);

    /// <summary>The default value of the argument or input field being visited, as declared in the schema.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValueStack);

    /// <summary>The directive being visited.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument being visited (of a field or a directive).</summary>
    public InputValue? Argument { get; private set; }

    /// <summary>The enum value being visited.</summary>
    public EnumValue? EnumValue { get; private set; }

    /// <summary>
    /// The field <paramref name="node"/> names on <paramref name="parentType"/>: the meta fields
    /// <c>__typename</c> on any composite type and <c>__schema</c>/<c>__type</c> on the query root (spec 4.2), else the type's own field.
    /// </summary>
    public OutputField? GetFieldDefinition(INamedType? parentType, FieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = node.Name.Value;
        if (parentType is null)
        {
            return null;
        }

        if (name == "__typename" && parentType.IsCompositeType())
        {
            return _typeNameField;
        }

        if (ReferenceEquals(parentType, _schema.QueryType) && _schema.MetaFields.TryGetField(name, out var metaField))
        {
            return metaField;
        }

        return parentType is ComplexOutputType complex && complex.Fields.TryGetField(name, out var field) ? field : null;
    }

    /// <summary>The schema type a type reference names, or null when the named type is unknown (graphql-js typeFromAST).</summary>
    public IType? TypeFromSyntax(TypeNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var wrappers = new List<TypeKind>();
        var current = node;
        while (current is not NamedTypeNode)
        {
            switch (current)
            {
                case ListTypeNode list:
                    wrappers.Add(TypeKind.List);
                    current = list.Type;
                    break;
                case NonNullTypeNode nonNull:
                    wrappers.Add(TypeKind.NonNull);
                    current = nonNull.Type;
                    break;
                default:
                    return null;
            }
        }

        if (!_schema.TryGetType(((NamedTypeNode)current).Name.Value, out var named))
        {
            return null;
        }

        IType type = named;
        for (var i = wrappers.Count - 1; i >= 0; i--)
        {
            type = wrappers[i] == TypeKind.List ? new ListType(type) : new NonNullType(type);
        }

        return type;
    }

    /// <summary>Moves into <paramref name="node"/>.</summary>
    public void Enter(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.NamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var fieldDefinition = GetFieldDefinition(ParentType, field);
                _fieldDefStack.Add(fieldDefinition);
                _typeStack.Add(fieldDefinition is not null && fieldDefinition.Type.IsOutputType() ? fieldDefinition.Type : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.TryGetDirective(directive.Name.Value, out var definition) ? definition : null;
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                PushFragmentType(inline.TypeCondition is null ? Type?.NamedType() : TypeFromSyntax(inline.TypeCondition));
                break;
            case FragmentDefinitionNode fragment:
                PushFragmentType(TypeFromSyntax(fragment.TypeCondition));
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeFromSyntax(variable.Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = InputType?.NullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                InputValue? inputField = null;
                if (InputType?.NamedType() is InputObjectType inputObject)
                {
                    inputObject.Fields.TryGetField(objectField.Name.Value, out inputField);
                }

                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.NamedType() is EnumType enumType && enumType.TryGetValue(enumValue.Value, out var value) ? value : null;
                break;
        }
    }

    /// <summary>Moves out of <paramref name="node"/>, undoing what <see cref="Enter"/> did.</summary>
    public void Leave(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private void EnterArgument(ArgumentNode node)
    {
        InputValue? argument = null;
        if (Directive is not null)
        {
            Directive.Arguments.TryGetField(node.Name.Value, out argument);
        }
        else
        {
            FieldDefinition?.Arguments.TryGetField(node.Name.Value, out argument);
        }

        Argument = argument;
        _defaultValueStack.Add(argument?.DefaultValue);
        _inputTypeStack.Add(argument is not null && argument.Type.IsInputType() ? argument.Type : null);
    }

    private void PushFragmentType(IType? type) => _typeStack.Add(type is not null && type.IsOutputType() ? type : null);

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    // __typename is answered by the executor, so the schema holds no definition of it (spec 4.1.4 Type Name Introspection)
    private static OutputField? TypeNameField(Schema schema)
    {
        if (!schema.TryGetType("String", out var stringType))
        {
            return null;
        }

        var field = new OutputField("__typename", "The name of the current Object type at runtime.", new NonNullType(stringType), new FieldCollection<InputValue>([]), [], null)
        {
            DeclaringType = schema.QueryType,
        };
        return field;
    }
}
