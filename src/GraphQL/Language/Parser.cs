using System.Runtime.CompilerServices;

namespace BpjsTk.GraphQL.Language;

/// <summary>
/// Hand-written recursive descent over the grammar of spec appendix B (September 2025), one token
/// of lookahead plus one more after a description or <c>extend</c>. Every recursion counts its depth.
/// A struct used once per parse: it lives on the caller's stack, so a parse allocates nothing but its tree.
/// </summary>
internal struct Parser
{
    private static readonly HashSet<string> DirectiveLocations = new(StringComparer.Ordinal)
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    };

    // not readonly: the lexer is a struct that advances in place
    private Lexer _lexer;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private readonly SyntaxListStack _lists;
    private Token _token;
    private int _previousEnd;
    private int _tokenCount;
    private int _depth;

    public Parser(string text, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParserOptions.Default;
        if (text.Length > options.MaxDocumentLength)
        {
            throw Lexer.Error(text, options.MaxDocumentLength,
                $"Source contains more than {options.MaxDocumentLength} UTF-16 code units. Parsing aborted.", ErrorCodes.MaxDocumentSize);
        }
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _lexer = new Lexer(text);
        _lists = SyntaxListStack.Rent();
        _token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1);
    }

    // spec 2.2 Document
    public DocumentNode ParseDocument()
    {
        var start = _token;
        Expect(TokenKind.StartOfFile);
        var list = _lists.Open();
        do
        {
            _lists.Add(ParseDefinition());
        }
        while (!Skip(TokenKind.EndOfFile));
        var document = new DocumentNode(_lists.Close<DefinitionNode>(list)) { Location = LocationFrom(start) };
        SyntaxListStack.Return(_lists);
        return document;
    }

    /// <summary>A whole text that is one value, e.g. a default value given as text.</summary>
    public ValueNode ParseValueOnly(bool isConst)
    {
        Expect(TokenKind.StartOfFile);
        var value = ParseValue(isConst);
        Expect(TokenKind.EndOfFile);
        SyntaxListStack.Return(_lists);
        return value;
    }

    /// <summary>A whole text that is one type reference, e.g. <c>[String!]!</c>.</summary>
    public TypeNode ParseTypeOnly()
    {
        Expect(TokenKind.StartOfFile);
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        SyntaxListStack.Return(_lists);
        return type;
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(_token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }
        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.TextOf(keyword))
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
                // extensions carry no description (spec 3.4.3)
                case "extend" when !hasDescription: return ParseTypeSystemExtension();
            }
            if (hasDescription)
            {
                throw Error(_token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
        }
        throw Unexpected(keyword);
    }

    // spec 2.3 Operations
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode(null, OperationType.Query, null, [], [], ParseSelectionSet()) { Location = LocationFrom(start) };
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(description, operation, name, variables, directives, selectionSet) { Location = LocationFrom(start) };
    }

    private OperationType ParseOperationType()
    {
        var token = _token;
        Expect(TokenKind.Name);
        if (_lexer.IsKeyword(token, "query"))
        {
            return OperationType.Query;
        }
        if (_lexer.IsKeyword(token, "mutation"))
        {
            return OperationType.Mutation;
        }
        if (_lexer.IsKeyword(token, "subscription"))
        {
            return OperationType.Subscription;
        }
        throw Unexpected(token);
    }

    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.ParenL))
        {
            return [];
        }
        var list = _lists.Open();
        do
        {
            _lists.Add(ParseVariableDefinition());
        }
        while (!Skip(TokenKind.ParenR));
        return _lists.Close<VariableDefinitionNode>(list);
    }

    // spec 2.10 Variables
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValue(true) : null;
        var directives = ParseDirectives(true);
        return new VariableDefinitionNode(description, variable, type, defaultValue, directives) { Location = LocationFrom(start) };
    }

    private VariableNode ParseVariable()
    {
        var start = _token;
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName()) { Location = LocationFrom(start) };
    }

    // spec 2.4 Selection Sets
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token;
        Enter();
        Expect(TokenKind.BraceL);
        var list = _lists.Open();
        do
        {
            _lists.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!Skip(TokenKind.BraceR));
        _depth--;
        return new SelectionSetNode(_lists.Close<SelectionNode>(list)) { Location = LocationFrom(start) };
    }

    // spec 2.5 Fields
    private FieldNode ParseField()
    {
        var start = _token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = LocationFrom(start) };
    }

    // spec 2.6 Arguments
    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!Skip(TokenKind.ParenL))
        {
            return [];
        }
        var list = _lists.Open();
        do
        {
            var start = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            _lists.Add(new ArgumentNode(name, ParseValue(isConst)) { Location = LocationFrom(start) });
        }
        while (!Skip(TokenKind.ParenR));
        return _lists.Close<ArgumentNode>(list);
    }

    // spec 2.8 Fragments
    private SelectionNode ParseFragment()
    {
        var start = _token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = SkipKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(false)) { Location = LocationFrom(start) };
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet()) { Location = LocationFrom(start) };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        return new FragmentDefinitionNode(description, name, typeCondition, directives, ParseSelectionSet()) { Location = LocationFrom(start) };
    }

    private NameNode ParseFragmentName()
    {
        if (_lexer.IsKeyword(_token, "on"))
        {
            throw Unexpected(_token);
        }
        return ParseName();
    }

    // spec 2.9 Input Values
    private ValueNode ParseValue(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(_lexer.TextOf(token)) { Location = LocationFrom(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(_lexer.TextOf(token)) { Location = LocationFrom(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                if (_lexer.IsKeyword(token, "true") || _lexer.IsKeyword(token, "false"))
                {
                    return new BooleanValueNode(_lexer.IsKeyword(token, "true")) { Location = LocationFrom(token) };
                }
                if (_lexer.IsKeyword(token, "null"))
                {
                    return new NullValueNode { Location = LocationFrom(token) };
                }
                return new EnumValueNode(_lexer.TextOf(token)) { Location = LocationFrom(token) };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    throw VariableInConstant(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _token;
        Enter();
        Expect(TokenKind.BracketL);
        var list = _lists.Open();
        while (!Skip(TokenKind.BracketR))
        {
            _lists.Add(ParseValue(isConst));
        }
        _depth--;
        return new ListValueNode(_lists.Close<ValueNode>(list)) { Location = LocationFrom(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token;
        Enter();
        Expect(TokenKind.BraceL);
        var list = _lists.Open();
        while (!Skip(TokenKind.BraceR))
        {
            var fieldStart = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            _lists.Add(new ObjectFieldNode(name, ParseValue(isConst)) { Location = LocationFrom(fieldStart) });
        }
        _depth--;
        return new ObjectValueNode(_lists.Close<ObjectFieldNode>(list)) { Location = LocationFrom(start) };
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode(_lexer.ValueOf(token), token.Kind == TokenKind.BlockString) { Location = LocationFrom(token) };
    }

    // spec 2.12 Directives
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }
        var list = _lists.Open();
        while (Peek(TokenKind.At))
        {
            var start = _token;
            Advance();
            var name = ParseName();
            _lists.Add(new DirectiveNode(name, ParseArguments(isConst)) { Location = LocationFrom(start) });
        }
        return _lists.Close<DirectiveNode>(list);
    }

    // spec 2.11 Type References
    private TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            Enter();
            Advance();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode(inner) { Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        if (Skip(TokenKind.Bang))
        {
            return new NonNullTypeNode(type) { Location = LocationFrom(start) };
        }
        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        return new NamedTypeNode(ParseName()) { Location = LocationFrom(start) };
    }

    private NameNode ParseName()
    {
        var token = _token;
        if (token.Kind != TokenKind.Name)
        {
            throw Expected(Token.Describe(TokenKind.Name));
        }
        // read before advancing: the lexer still holds the hash it took of this name
        var value = _lexer.TextOf(token);
        Advance();
        return new NameNode(value) { Location = LocationFrom(token) };
    }

    // spec 3 Type System
    private bool PeekDescription() => _token.Kind is TokenKind.String or TokenKind.BlockString;

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        Expect(TokenKind.BraceL);
        var list = _lists.Open();
        do
        {
            _lists.Add(ParseOperationTypeDefinition());
        }
        while (!Skip(TokenKind.BraceR));
        var operationTypes = _lists.Close<OperationTypeDefinitionNode>(list);
        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = LocationFrom(start) };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType()) { Location = LocationFrom(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode(description, name, ParseDirectives(true)) { Location = LocationFrom(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    private NamedTypeNode[] ParseImplementsInterfaces() =>
        SkipKeyword("implements") ? ParseDelimited(TokenKind.Amp) : [];

    private NamedTypeNode[] ParseDelimited(TokenKind delimiter)
    {
        Skip(delimiter);
        var list = _lists.Open();
        do
        {
            _lists.Add(ParseNamedType());
        }
        while (Skip(delimiter));
        return _lists.Close<NamedTypeNode>(list);
    }

    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!Skip(TokenKind.BraceL))
        {
            return [];
        }
        var list = _lists.Open();
        do
        {
            var start = _token;
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(true);
            _lists.Add(new FieldDefinitionNode(description, name, arguments, type, directives) { Location = LocationFrom(start) });
        }
        while (!Skip(TokenKind.BraceR));
        return _lists.Close<FieldDefinitionNode>(list);
    }

    private InputValueDefinitionNode[] ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!Skip(open))
        {
            return [];
        }
        var list = _lists.Open();
        do
        {
            var start = _token;
            var description = ParseDescription();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = Skip(TokenKind.Equals) ? ParseValue(true) : null;
            var directives = ParseDirectives(true);
            _lists.Add(new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = LocationFrom(start) });
        }
        while (!Skip(close));
        return _lists.Close<InputValueDefinitionNode>(list);
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = LocationFrom(start) };
    }

    private NamedTypeNode[] ParseUnionMemberTypes() =>
        Skip(TokenKind.Equals) ? ParseDelimited(TokenKind.Pipe) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = LocationFrom(start) };
    }

    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!Skip(TokenKind.BraceL))
        {
            return [];
        }
        var list = _lists.Open();
        do
        {
            var start = _token;
            var description = ParseDescription();
            if (_lexer.IsKeyword(_token, "true") || _lexer.IsKeyword(_token, "false") || _lexer.IsKeyword(_token, "null"))
            {
                throw ReservedEnumValue();
            }
            var name = ParseName();
            _lists.Add(new EnumValueDefinitionNode(description, name, ParseDirectives(true)) { Location = LocationFrom(start) });
        }
        while (!Skip(TokenKind.BraceR));
        return _lists.Close<EnumValueDefinitionNode>(list);
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = LocationFrom(start) };
    }

    // spec 3.13 Directives
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        Skip(TokenKind.Pipe);
        var list = _lists.Open();
        do
        {
            var token = _token;
            var location = ParseName();
            if (!DirectiveLocations.Contains(location.Value))
            {
                throw Unexpected(token);
            }
            _lists.Add(location);
        }
        while (Skip(TokenKind.Pipe));
        var locations = _lists.Close<NameNode>(list);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = LocationFrom(start) };
    }

    // spec 3.3.2 and 3.4.3: schema and type extensions
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.TextOf(keyword))
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension("type");
                case "interface": return ParseObjectTypeExtension("interface");
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var list = _lists.Open();
        if (Skip(TokenKind.BraceL))
        {
            do
            {
                _lists.Add(ParseOperationTypeDefinition());
            }
            while (!Skip(TokenKind.BraceR));
        }
        var operationTypes = _lists.Close<OperationTypeDefinitionNode>(list);
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected(_token);
        }
        return new SchemaExtensionNode(directives, operationTypes) { Location = LocationFrom(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Length == 0)
        {
            throw Unexpected(_token);
        }
        return new ScalarTypeExtensionNode(name, directives) { Location = LocationFrom(start) };
    }

    private TypeExtensionNode ParseObjectTypeExtension(string keyword)
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected(_token);
        }
        return keyword == "type"
            ? new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = LocationFrom(start) }
            : new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected(_token);
        }
        return new UnionTypeExtensionNode(name, directives, types) { Location = LocationFrom(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected(_token);
        }
        return new EnumTypeExtensionNode(name, directives, values) { Location = LocationFrom(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected(_token);
        }
        return new InputObjectTypeExtensionNode(name, directives, fields) { Location = LocationFrom(start) };
    }

    // every node makes one: the JIT would otherwise call it, passing the token by reference and the location back on the stack
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Location LocationFrom(in Token start) => new(start.Start, _previousEnd, start.Line, start.Column);

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private void Advance()
    {
        _previousEnd = _token.End;
        _token = _lexer.Next();
        // the limit is checked as tokens arrive, so no tree is built for an oversized document
        if (++_tokenCount > _maxTokens && _token.Kind != TokenKind.EndOfFile)
        {
            throw TooManyTokens();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException TooManyTokens() => Lexer.Error(_lexer.Body, _token.Start,
        $"Document contains more than {_maxTokens} tokens. Parsing aborted.", ErrorCodes.MaxTokens);

    private void Enter()
    {
        if (++_depth > _maxDepth)
        {
            throw TooDeep();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException TooDeep() => Lexer.Error(_lexer.Body, _token.Start,
        $"Document nests deeper than {_maxDepth} levels. Parsing aborted.", ErrorCodes.MaxParserDepth);

    private void Expect(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            throw Expected(Token.Describe(kind));
        }
        Advance();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException Expected(string what) => Error(_token.Start, $"Expected {what}, found {Describe(_token)}.");

    private bool Skip(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }
        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!SkipKeyword(keyword))
        {
            throw Expected("\"" + keyword + "\"");
        }
    }

    private bool SkipKeyword(string keyword)
    {
        if (!_lexer.IsKeyword(_token, keyword))
        {
            return false;
        }
        Advance();
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException Unexpected(in Token token) => Error(token.Start, $"Unexpected {Describe(token)}.");

    /// <summary>A variable where a constant is required; <paramref name="dollar"/> is the "$" token, already passed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException VariableInConstant(in Token dollar) => _token.Kind == TokenKind.Name
        ? Error(dollar.Start, $"Unexpected variable \"${_lexer.TextOf(_token)}\" in constant value.")
        : Unexpected(dollar);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException ReservedEnumValue() =>
        Error(_token.Start, $"{Describe(_token)} is reserved and cannot be used for an enum value.");

    private GraphQLSyntaxException Error(int position, string description) => _lexer.Error(position, description);

    /// <summary>A token as graphql-js describes it: kind, then the value in quotes for names, numbers and strings.</summary>
    private string Describe(in Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{Token.Describe(token.Kind)} \"{_lexer.TextOf(token)}\"",
        TokenKind.String or TokenKind.BlockString => $"{Token.Describe(token.Kind)} \"{_lexer.ValueOf(token)}\"",
        _ => Token.Describe(token.Kind),
    };
}
