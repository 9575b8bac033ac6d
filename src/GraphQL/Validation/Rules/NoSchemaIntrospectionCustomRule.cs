using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>Optional (graphql-js NoSchemaIntrospectionCustomRule): rejects any field whose type is an introspection type, for APIs that hide their schema.</summary>
public sealed class NoSchemaIntrospectionCustomRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly HashSet<string> IntrospectionTypeNames = new(StringComparer.Ordinal)
    {
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    };

    public override void EnterField(FieldNode node)
    {
        if (Context.Type?.NamedType() is { } type && IntrospectionTypeNames.Contains(type.Name))
        {
            Context.ReportError($"GraphQL introspection has been disabled, but the requested query contained the field \"{node.Name.Value}\".", node);
        }
    }
}
