using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.1.1 Executable Definitions: a document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    // all reported on entering the document, before any other rule speaks, as graphql-js does
    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "unknown",
            };
            Context.ReportError($"The {name} definition is not executable.", definition);
        }
    }
}
