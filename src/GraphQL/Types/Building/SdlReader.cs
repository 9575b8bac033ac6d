using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>Turns SDL definitions into type configs (spec 3 Type System) and applies extensions (spec 3.3.2, 3.4.3 and each type's extension section).</summary>
internal sealed class SdlReader(SchemaCompleter completer)
{
    private readonly List<TypeSystemExtensionNode> _extensions = [];
    private SchemaDefinitionNode? _schemaDefinition;

    public void Read(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    completer.AddType(ReadType(type));
                    break;
                case DirectiveDefinitionNode directive:
                    completer.AddDirective(ReadDirective(directive));
                    break;
                case SchemaDefinitionNode schema:
                    if (_schemaDefinition is not null)
                    {
                        completer.Error("Must provide only one schema definition.");
                        break;
                    }

                    _schemaDefinition = schema;
                    completer.HasSchemaDefinition = true;
                    completer.SetSchemaDescription(schema.Description?.Value);
                    completer.SchemaDirectives.AddRange(schema.Directives.Select(Applied));
                    ReadOperationTypes(schema.OperationTypes);
                    break;
                case TypeSystemExtensionNode extension:
                    _extensions.Add(extension);
                    break;
            }
        }
    }

    /// <summary>Applies the extensions of every document read, once all definitions are known.</summary>
    public void ApplyExtensions()
    {
        foreach (var extension in _extensions)
        {
            if (extension is SchemaExtensionNode schema)
            {
                completer.SchemaDirectives.AddRange(schema.Directives.Select(Applied));
                ReadOperationTypes(schema.OperationTypes);
                continue;
            }

            var typeExtension = (TypeExtensionNode)extension;
            var name = typeExtension.Name.Value;
            if (!completer.TryGetConfig(name, out var config))
            {
                completer.Error($"Cannot extend type \"{name}\" because it is not defined.");
                continue;
            }

            switch (typeExtension, config)
            {
                case (ObjectTypeExtensionNode e, OutputTypeConfig { Kind: TypeKind.Object } c):
                    ExtendComplex(c, e.Interfaces, e.Directives, e.Fields);
                    break;
                case (InterfaceTypeExtensionNode e, OutputTypeConfig { Kind: TypeKind.Interface } c):
                    ExtendComplex(c, e.Interfaces, e.Directives, e.Fields);
                    break;
                case (UnionTypeExtensionNode e, UnionTypeConfig c):
                    c.Directives.AddRange(e.Directives.Select(Applied));
                    c.Types.AddRange(e.Types.Select(t => t.Name.Value));
                    break;
                case (EnumTypeExtensionNode e, EnumTypeConfig c):
                    c.Directives.AddRange(e.Directives.Select(Applied));
                    c.Values.AddRange(e.Values.Select(ReadEnumValue));
                    break;
                case (InputObjectTypeExtensionNode e, InputObjectTypeConfig c):
                    c.Directives.AddRange(e.Directives.Select(Applied));
                    c.Fields.AddRange(e.Fields.Select(ReadInputValue));
                    break;
                case (ScalarTypeExtensionNode e, ScalarTypeConfig c):
                    c.Directives.AddRange(e.Directives.Select(Applied));
                    break;
                default:
                    completer.Error($"Cannot extend non-{KindWord(config.Kind)} type \"{name}\".");
                    break;
            }
        }
    }

    public static AppliedDirective Applied(DirectiveNode node) => new(node.Name.Value, node.Arguments) { Node = node };

    private static string KindWord(TypeKind kind) => kind switch
    {
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        TypeKind.InputObject => "input object",
        _ => "scalar",
    };

    private static void ExtendComplex(OutputTypeConfig config, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    {
        config.Interfaces.AddRange(interfaces.Select(i => i.Name.Value));
        config.Directives.AddRange(directives.Select(Applied));
        config.Fields.AddRange(fields.Select(ReadField));
    }

    private void ReadOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            completer.SetRoot(operationType.Operation, operationType.Type.Name.Value);
        }
    }

    private static TypeConfig ReadType(TypeDefinitionNode node)
    {
        TypeConfig config;
        switch (node)
        {
            case ObjectTypeDefinitionNode o:
                var obj = new OutputTypeConfig(TypeKind.Object) { Name = o.Name.Value, Description = o.Description?.Value };
                obj.Interfaces.AddRange(o.Interfaces.Select(i => i.Name.Value));
                obj.Fields.AddRange(o.Fields.Select(ReadField));
                obj.Directives.AddRange(o.Directives.Select(Applied));
                config = obj;
                break;
            case InterfaceTypeDefinitionNode i:
                var iface = new OutputTypeConfig(TypeKind.Interface) { Name = i.Name.Value, Description = i.Description?.Value };
                iface.Interfaces.AddRange(i.Interfaces.Select(n => n.Name.Value));
                iface.Fields.AddRange(i.Fields.Select(ReadField));
                iface.Directives.AddRange(i.Directives.Select(Applied));
                config = iface;
                break;
            case UnionTypeDefinitionNode u:
                var union = new UnionTypeConfig { Name = u.Name.Value, Description = u.Description?.Value };
                union.Types.AddRange(u.Types.Select(t => t.Name.Value));
                union.Directives.AddRange(u.Directives.Select(Applied));
                config = union;
                break;
            case EnumTypeDefinitionNode e:
                var enumType = new EnumTypeConfig { Name = e.Name.Value, Description = e.Description?.Value };
                enumType.Values.AddRange(e.Values.Select(ReadEnumValue));
                enumType.Directives.AddRange(e.Directives.Select(Applied));
                config = enumType;
                break;
            case InputObjectTypeDefinitionNode io:
                var input = new InputObjectTypeConfig { Name = io.Name.Value, Description = io.Description?.Value };
                input.Fields.AddRange(io.Fields.Select(ReadInputValue));
                input.Directives.AddRange(io.Directives.Select(Applied));
                config = input;
                break;
            case ScalarTypeDefinitionNode s:
                var scalar = new ScalarTypeConfig { Name = s.Name.Value, Description = s.Description?.Value };
                scalar.Directives.AddRange(s.Directives.Select(Applied));
                config = scalar;
                break;
            default:
                throw new ArgumentException($"Unknown type definition {node.Kind}.", nameof(node));
        }

        config.Node = node;
        return config;
    }

    private static FieldConfig ReadField(FieldDefinitionNode node)
    {
        var field = new FieldConfig { Name = node.Name.Value, Description = node.Description?.Value, Type = new SyntaxTypeReference(node.Type), Node = node };
        field.Arguments.AddRange(node.Arguments.Select(ReadInputValue));
        field.Directives.AddRange(node.Directives.Select(Applied));
        return field;
    }

    private static InputValueConfig ReadInputValue(InputValueDefinitionNode node)
    {
        var value = new InputValueConfig
        {
            Name = node.Name.Value,
            Description = node.Description?.Value,
            Type = new SyntaxTypeReference(node.Type),
            DefaultLiteral = node.DefaultValue,
            Node = node,
        };
        value.Directives.AddRange(node.Directives.Select(Applied));
        return value;
    }

    private static EnumValueConfig ReadEnumValue(EnumValueDefinitionNode node)
    {
        var value = new EnumValueConfig { Name = node.Name.Value, Description = node.Description?.Value, Node = node };
        value.Directives.AddRange(node.Directives.Select(Applied));
        return value;
    }

    private DirectiveConfig ReadDirective(DirectiveDefinitionNode node)
    {
        var directive = new DirectiveConfig { Name = node.Name.Value, Description = node.Description?.Value, IsRepeatable = node.Repeatable, Node = node };
        directive.Arguments.AddRange(node.Arguments.Select(ReadInputValue));
        foreach (var location in node.Locations)
        {
            if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
            {
                directive.Locations.Add(parsed.Value);
            }
            else
            {
                completer.Error($"Unexpected directive location \"{location.Value}\" on \"@{directive.Name}\".");
            }
        }

        return directive;
    }
}
