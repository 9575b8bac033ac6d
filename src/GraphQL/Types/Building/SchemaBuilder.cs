using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> code-first (descriptors), SDL-first (documents with type and schema
/// extensions, then bindings), or both. <see cref="Build"/> validates the result (spec 3 Type Validation)
/// and throws <see cref="SchemaException"/> listing every problem.
/// </summary>
/// <example>
/// <code>
/// SchemaBuilder.New()
///     .AddQueryType(d => d.Field("regions").Type("[Region!]!").Resolve(ctx => regions))
///     .AddObjectType&lt;Region&gt;(d => d.Ignore(r => r.InternalNote))
///     .AddEnumType&lt;ParticipantCategory&gt;()
///     .Build();
///
/// SchemaBuilder.FromSdl("type Query { hello(name: String = \"dunia\"): String }")
///     .BindResolver("Query", "hello", ctx => new ValueTask&lt;object?&gt;("halo " + ctx.ArgumentValue&lt;string&gt;("name")))
///     .Build();
/// </code>
/// </example>
public sealed class SchemaBuilder
{
    internal const string DefaultQueryName = "Query";
    internal const string DefaultMutationName = "Mutation";
    internal const string DefaultSubscriptionName = "Subscription";

    private bool _built;

    private SchemaBuilder()
    {
    }

    internal List<TypeConfig> Types { get; } = [];

    internal List<DirectiveConfig> Directives { get; } = [];

    internal List<FieldConfig> MetaFields { get; } = [];

    internal List<DocumentNode> Documents { get; } = [];

    internal List<Action<SchemaCompleter>> Bindings { get; } = [];

    internal string? SchemaDescription { get; private set; }

    internal string? QueryTypeName { get; private set; }

    internal string? MutationTypeName { get; private set; }

    internal string? SubscriptionTypeName { get; private set; }

    /// <summary>An empty builder.</summary>
    public static SchemaBuilder New() => new();

    /// <summary>A builder starting from SDL text (definitions and extensions); throws <see cref="GraphQLSyntaxException"/> when it does not parse.</summary>
    public static SchemaBuilder FromSdl(string sdl) => FromDocument(GraphQLParser.Parse(sdl));

    /// <summary>A builder starting from SDL definitions and extensions.</summary>
    public static SchemaBuilder FromDocument(DocumentNode document) => New().AddDocument(document);

    /// <summary>Adds the type-system definitions and extensions of SDL text.</summary>
    public SchemaBuilder AddSdl(string sdl) => AddDocument(GraphQLParser.Parse(sdl));

    /// <summary>Adds the type-system definitions and extensions of a document; extensions apply once all documents are in.</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Documents.Add(document);
        return this;
    }

    /// <summary>Sets the schema's description.</summary>
    public SchemaBuilder Description(string? description)
    {
        SchemaDescription = description;
        return this;
    }

    /// <summary>Adds the query root type (named <c>Query</c> unless renamed).</summary>
    public SchemaBuilder AddQueryType(Action<ObjectTypeDescriptor> configure) =>
        AddRoot(configure, DefaultQueryName, name => QueryTypeName = name);

    /// <summary>Adds the mutation root type (named <c>Mutation</c> unless renamed).</summary>
    public SchemaBuilder AddMutationType(Action<ObjectTypeDescriptor> configure) =>
        AddRoot(configure, DefaultMutationName, name => MutationTypeName = name);

    /// <summary>Adds the subscription root type (named <c>Subscription</c> unless renamed).</summary>
    public SchemaBuilder AddSubscriptionType(Action<ObjectTypeDescriptor> configure) =>
        AddRoot(configure, DefaultSubscriptionName, name => SubscriptionTypeName = name);

    /// <summary>Adds an object type.</summary>
    public SchemaBuilder AddObjectType(Action<ObjectTypeDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var config = new OutputTypeConfig(TypeKind.Object) { Name = string.Empty };
        configure(new ObjectTypeDescriptor(config));
        Types.Add(config);
        return this;
    }

    /// <summary>Adds an object type bound to <typeparamref name="T"/>, named after it unless renamed, with a field per public property.</summary>
    public SchemaBuilder AddObjectType<T>(Action<ObjectTypeDescriptor<T>>? configure = null)
    {
        var config = new OutputTypeConfig(TypeKind.Object) { Name = typeof(T).Name, RuntimeType = typeof(T), BindClrMembers = true };
        configure?.Invoke(new ObjectTypeDescriptor<T>(config));
        Types.Add(config);
        return this;
    }

    /// <summary>Adds an interface type.</summary>
    public SchemaBuilder AddInterfaceType(Action<InterfaceTypeDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var config = new OutputTypeConfig(TypeKind.Interface) { Name = string.Empty };
        configure(new InterfaceTypeDescriptor(config));
        Types.Add(config);
        return this;
    }

    /// <summary>
    /// Adds an interface type bound to <typeparamref name="T"/> (usually a CLR interface), named after it unless renamed,
    /// with a field per public property; object types bound to CLR types that implement <typeparamref name="T"/> implement it.
    /// </summary>
    public SchemaBuilder AddInterfaceType<T>(Action<InterfaceTypeDescriptor>? configure = null)
    {
        var name = typeof(T).IsInterface && typeof(T).Name.Length > 1 && typeof(T).Name[0] == 'I' && char.IsUpper(typeof(T).Name[1])
            ? typeof(T).Name[1..]
            : typeof(T).Name;
        var config = new OutputTypeConfig(TypeKind.Interface) { Name = name, RuntimeType = typeof(T), BindClrMembers = true };
        configure?.Invoke(new InterfaceTypeDescriptor(config));
        Types.Add(config);
        return this;
    }

    /// <summary>Adds a union type.</summary>
    public SchemaBuilder AddUnionType(Action<UnionTypeDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var config = new UnionTypeConfig { Name = string.Empty };
        configure(new UnionTypeDescriptor(config));
        Types.Add(config);
        return this;
    }

    /// <summary>Adds an enum type.</summary>
    public SchemaBuilder AddEnumType(Action<EnumTypeDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var config = new EnumTypeConfig { Name = string.Empty };
        configure(new EnumTypeDescriptor(config));
        Types.Add(config);
        return this;
    }

    /// <summary>Adds an enum bound to <typeparamref name="TEnum"/>: named after it, one UPPER_SNAKE value per member.</summary>
    public SchemaBuilder AddEnumType<TEnum>(Action<EnumTypeDescriptor>? configure = null)
        where TEnum : struct, Enum
    {
        var config = ClrEnums.Config(typeof(TEnum));
        configure?.Invoke(new EnumTypeDescriptor(config));
        Types.Add(config);
        return this;
    }

    /// <summary>Adds an input object type.</summary>
    public SchemaBuilder AddInputObjectType(Action<InputObjectTypeDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var config = new InputObjectTypeConfig { Name = string.Empty };
        configure(new InputObjectTypeDescriptor(config));
        Types.Add(config);
        return this;
    }

    /// <summary>Adds an input object bound to <typeparamref name="T"/>, named after it unless renamed, with a field per settable property.</summary>
    public SchemaBuilder AddInputObjectType<T>(Action<InputObjectTypeDescriptor<T>>? configure = null)
    {
        var config = new InputObjectTypeConfig { Name = typeof(T).Name, RuntimeType = typeof(T), BindClrMembers = true };
        configure?.Invoke(new InputObjectTypeDescriptor<T>(config));
        Types.Add(config);
        return this;
    }

    /// <summary>Adds a scalar implementation; SDL may declare it by name (<c>scalar X</c>) and it is used.</summary>
    public SchemaBuilder AddType(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        Types.Add(new ScalarTypeConfig { Name = scalar.Name, Scalar = scalar, RuntimeType = scalar.RuntimeType });
        return this;
    }

    /// <summary>Adds a scalar implementation by class.</summary>
    public SchemaBuilder AddType<TScalar>()
        where TScalar : ScalarType, new() => AddType(new TScalar());

    /// <summary>Adds a directive definition.</summary>
    public SchemaBuilder AddDirective(Action<DirectiveDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var config = new DirectiveConfig { Name = string.Empty };
        configure(new DirectiveDescriptor(config));
        Directives.Add(config);
        return this;
    }

    /// <summary>
    /// Adds a field every query root answers without declaring it, such as <c>__schema</c> and
    /// <c>__type</c> (spec 4.2 introspection); the executor looks these up in <see cref="Schema.MetaFields"/>.
    /// </summary>
    public SchemaBuilder AddMetaField(Action<FieldDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var config = new FieldConfig { Name = string.Empty };
        configure(new FieldDescriptor(config));
        MetaFields.Add(config);
        return this;
    }

    /// <summary>Gives a field of an SDL- or code-declared type its resolver.</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Bindings.Add(completer => completer.BindResolver(typeName, fieldName, resolver));
        return this;
    }

    /// <summary>
    /// Binds a declared type to a CLR type: an object's fields without resolvers read its properties
    /// (case-insensitive), an enum's values map to the CLR enum's members by UPPER_SNAKE name, an
    /// input object converts to it. The CLR type then refers to the GraphQL type in code-first members.
    /// </summary>
    public SchemaBuilder BindType(string typeName, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        Bindings.Add(completer => completer.BindType(typeName, clrType));
        return this;
    }

    /// <summary>Gives an interface or union the function that picks the object type of each runtime value.</summary>
    public SchemaBuilder BindTypeResolver(string abstractTypeName, ResolveType resolveType)
    {
        ArgumentNullException.ThrowIfNull(resolveType);
        Bindings.Add(completer => completer.BindTypeResolver(abstractTypeName, resolveType));
        return this;
    }

    /// <summary>Gives an object type the test that claims its runtime values.</summary>
    public SchemaBuilder BindIsTypeOf(string objectTypeName, IsTypeOf isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(isTypeOf);
        Bindings.Add(completer => completer.BindIsTypeOf(objectTypeName, isTypeOf));
        return this;
    }

    /// <summary>Builds and validates the schema with the introspection types and meta-fields of spec 4 added; throws <see cref="SchemaException"/> with every problem found. A builder builds once.</summary>
    public Schema Build()
    {
        // extensions and bindings are applied to the builder's own type configs, so a second build would apply them twice
        if (_built)
        {
            throw new InvalidOperationException("This SchemaBuilder has already built its schema; start a new one with SchemaBuilder.New().");
        }

        _built = true;
        Introspection.IntrospectionTypes.AddTo(this);
        return new SchemaCompleter(this).Complete();
    }

    private SchemaBuilder AddRoot(Action<ObjectTypeDescriptor> configure, string defaultName, Action<string> setRoot)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var config = new OutputTypeConfig(TypeKind.Object) { Name = defaultName };
        configure(new ObjectTypeDescriptor(config));
        Types.Add(config);
        setRoot(config.Name);
        return this;
    }
}
