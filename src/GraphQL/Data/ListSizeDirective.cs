using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities.CostAnalysis;

namespace BpjsTk.GraphQL.Data;

/// <summary>Declares the cost specification's <c>@listSize</c> for paged fields when the schema does not declare it already.</summary>
internal static class ListSizeDirective
{
    public static void EnsureDeclared(SchemaBuilder builder, SchemaCompleter completer)
    {
        var declared = builder.Directives.Exists(d => d.Name == CostDirectives.ListSizeName)
            || builder.Documents.SelectMany(d => d.Definitions).OfType<DirectiveDefinitionNode>().Any(d => d.Name.Value == CostDirectives.ListSizeName);
        if (declared)
        {
            return;
        }

        var definition = GraphQLParser.Parse(CostDirectives.Sdl).Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == CostDirectives.ListSizeName);
        var config = new DirectiveConfig { Name = CostDirectives.ListSizeName, Description = definition.Description?.Value, Node = definition };
        config.Locations.Add(DirectiveLocation.FieldDefinition);
        foreach (var argument in definition.Arguments)
        {
            config.Arguments.Add(new InputValueConfig
            {
                Name = argument.Name.Value,
                Description = argument.Description?.Value,
                Type = new SyntaxTypeReference(argument.Type),
                DefaultLiteral = argument.DefaultValue,
                Node = argument,
            });
        }

        completer.AddDirective(config);
    }
}
