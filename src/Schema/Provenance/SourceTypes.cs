using BpjsTk.Data.Provenance;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Nodes;

namespace BpjsTk.Schema.Provenance;

/// <summary>The Source type: where a published figure comes from.</summary>
internal static class SourceTypes
{
    public static SchemaBuilder AddSourceTypes(this SchemaBuilder builder) => builder
        .AddEnumType<SourceKind>()
        .AddObjectType<Source>(d =>
        {
            d.BindFieldsExplicitly().Description("Where a figure comes from: a news article, a report or a regulation.");
            NodeType.ImplementNode(d, NodeTypeNames.Source, s => s.Id);
            d.Field(s => s.Code);
            d.Field(s => s.Kind);
            d.Field(s => s.Publisher).Description("e.g. Antara Jatim, Bisnis.com.");
            d.Field(s => s.Title);
            d.Field(s => s.PublishedOn).Description("Publication date when the source gives the day.");
            d.Field(s => s.PublishedYear);
            d.Field(s => s.Url);
        });
}
