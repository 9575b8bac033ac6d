using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Types;

public sealed class CodeFirstSchemaTests
{
    [Fact]
    public void Query_type_with_a_typed_field_and_defaulted_argument_prints_as_sdl()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query")
                .Field("hello")
                .Type("String!")
                .Argument("name", a => a.Type("String").DefaultValue("x"))
                .Resolve(ctx => "world"))
            .Build();

        Assert.Equal("type Query {\n  hello(name: String = \"x\"): String!\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Clr_properties_become_camel_case_fields_with_nullability_from_annotations()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("regions").Type("[Region!]!"))
            .AddObjectType<Region>()
            .Build();

        Assert.Equal(
            """"
            type Query {
              regions: [Region!]!
            }

            type Region {
              code: String!
              name: String
              kpjNumber: Long!
              provinceCodes: [String!]!
              aliases: [String]
              target: Decimal
              category: ParticipantCategory!
              openedOn: Date
              office: Office
            }

            """
            The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.
            """
            scalar Long

            """
            The `Decimal` scalar type represents a decimal floating-point number with up to 28 significant digits, written as a JSON number.
            """
            scalar Decimal

            enum ParticipantCategory {
              PU
              BPU
              JAKON
              PMI_OVERSEAS
            }

            """
            The `Date` scalar represents a calendar date without time or time zone, as an RFC 3339 full-date string such as `2026-01-31`.
            """
            scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date")

            type Office {
              id: ID!
              updatedAt: DateTime!
            }

            """
            The `DateTime` scalar represents an exact instant with its UTC offset, as an RFC 3339 date-time string such as `2026-01-31T08:30:00.000+07:00`.
            """
            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
            """".ReplaceLineEndings("\n"),
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Clr_members_can_be_renamed_ignored_and_described()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("office").Type("Office"))
            .AddObjectType<Office>(d =>
            {
                d.Description("Kantor Cabang");
                d.Field(o => o.Id).Name("officeId").Description("Kode kantor");
                d.Ignore(o => o.UpdatedAt);
                d.Field("label").Type("String!").Resolve(ctx => ctx.Parent<Office>().Id.ToString());
            })
            .Build();

        var office = schema.GetType<ObjectType>("Office");
        Assert.Equal(["officeId", "label"], office.Fields.Select(f => f.Name));
        Assert.Equal("Kode kantor", office.Fields["officeId"].Description);
        Assert.Equal(typeof(Office).GetProperty(nameof(Office.Id)), office.Fields["officeId"].Member);
    }

    [Fact]
    public void Enum_from_clr_enum_maps_names_to_members()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("category").Type("ParticipantCategory"))
            .AddEnumType<ParticipantCategory>(d => d.Value(ParticipantCategory.PmiOverseas).Description("Pekerja Migran Indonesia").Deprecated("Use PMI"))
            .Build();

        var category = schema.GetType<EnumType>("ParticipantCategory");
        Assert.Equal(ParticipantCategory.Bpu, category.ParseLiteral(new GraphQL.Language.EnumValueNode("BPU")));
        Assert.Equal("PMI_OVERSEAS", category.Serialize(ParticipantCategory.PmiOverseas));
        Assert.Equal("Use PMI", category.Values[3].DeprecationReason);
        Assert.Equal(new GraphQLException("x").GetType(), Record.Exception(() => category.ParseLiteral(new GraphQL.Language.EnumValueNode("PNS")))!.GetType());
    }

    [Fact]
    public void Input_object_from_clr_type_infers_fields_and_prints_defaults_as_literals()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("regions").Type("[String]")
                .Argument("where", a => a.Type("RegionFilter").DefaultValue(new RegionFilter { NameContains = "Jawa", Categories = [ParticipantCategory.Pu] })))
            .AddInputObjectType<RegionFilter>()
            .Build();

        Assert.Equal(
            """
            type Query {
              regions(where: RegionFilter = { nameContains: "Jawa", categories: [PU] }): [String]
            }

            input RegionFilter {
              nameContains: String
              categories: [ParticipantCategory!]
            }

            enum ParticipantCategory {
              PU
              BPU
              JAKON
              PMI_OVERSEAS
            }
            """.ReplaceLineEndings("\n"),
            SchemaPrinter.Print(schema));
        var where = schema.QueryType.Fields["regions"].Arguments["where"];
        var coerced = Assert.IsType<Dictionary<string, object?>>(where.CoercedDefaultValue);
        Assert.Equal("Jawa", coerced["nameContains"]);
        Assert.Equal([ParticipantCategory.Pu], Assert.IsType<List<object?>>(coerced["categories"]));
    }

    [Fact]
    public void Interfaces_and_unions_know_their_possible_types()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("node").Type("Node").Argument("id", a => a.Type("ID!")))
            .AddInterfaceType(d => d.Name("Node").Field("id").Type("ID!"))
            .AddInterfaceType(d => d.Name("Place").Implements("Node").Field("id").Type("ID!"))
            .AddObjectType<Office>(d => d.Implements("Node").Implements("Place"))
            .AddObjectType<Region>(d => d.Field("id").Type("ID!").Resolve(ctx => ctx.Parent<Region>().Code))
            .AddUnionType(d => d.Name("SearchResult").Type("Office").Type("Region"))
            .Build();

        var node = schema.GetType<InterfaceType>("Node");
        var office = schema.GetType<ObjectType>("Office");
        var region = schema.GetType<ObjectType>("Region");
        var searchResult = schema.GetType<UnionType>("SearchResult");
        Assert.Equal([office], schema.GetPossibleTypes(node));
        Assert.Equal([office, region], schema.GetPossibleTypes(searchResult));
        Assert.Equal([schema.GetType<InterfaceType>("Place")], schema.GetInterfaceImplementations(node));
        Assert.True(schema.IsSubType(node, schema.GetType<InterfaceType>("Place")));
        Assert.False(schema.IsSubType(node, region));
        Assert.True(schema.DoTypesOverlap(searchResult, node));
        Assert.Same(region, schema.ResolveAbstractType(searchResult, null!, new Region { Code = "35" }));
    }

    [Fact]
    public void Meta_fields_are_kept_apart_from_the_query_type()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("a").Type("Int"))
            .AddMetaField(d => d.Name("__version").Type("String!").Resolve(ctx => "1"))
            .Build();

        Assert.False(schema.QueryType.Fields.ContainsField("__schema"));
        Assert.False(schema.QueryType.Fields.ContainsField("__version"));
        Assert.Equal("__Schema!", schema.MetaFields["__schema"].Type.ToString());
        Assert.Equal("String!", schema.MetaFields["__version"].Type.ToString());
        Assert.Equal("type Query {\n  a: Int\n}", SchemaPrinter.Print(schema));
        Assert.Equal("__DirectiveLocation", schema.Types[^1].Name);
    }

    [Fact]
    public void Resolver_result_type_gives_the_field_type_when_none_is_set()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d =>
            {
                d.Field("count").Resolve(ctx => Task.FromResult(3));
                d.Field("names").Resolve(ctx => Task.FromResult<IReadOnlyList<string>>(["a"]));
                d.Field("total").Resolve(async (ctx, ct) =>
                {
                    await Task.Delay(0, ct);
                    return 5L;
                });
                d.Field("raw").Type("Int").Resolve(ctx => new ValueTask<object?>(1));
            })
            .Build();

        Assert.Equal("Long!", schema.QueryType.Fields["total"].Type.ToString());
        Assert.Equal("Int", schema.QueryType.Fields["raw"].Type.ToString());

        Assert.Equal("Int!", schema.QueryType.Fields["count"].Type.ToString());
        Assert.Equal("[String]", schema.QueryType.Fields["names"].Type.ToString());
    }

    [Fact]
    public void Clr_interface_becomes_an_interface_its_implementations_implement()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("node").Type("Node"))
            .AddInterfaceType<INode>()
            .AddObjectType<Branch>()
            .Build();

        Assert.Equal(
            "type Query {\n  node: Node\n}\n\ninterface Node {\n  id: ID!\n}\n\ntype Branch implements Node {\n  id: ID!\n  name: String!\n}",
            SchemaPrinter.Print(schema));
        Assert.Equal("Branch", schema.ResolveAbstractType(schema.GetType<InterfaceType>("Node"), null!, new Branch())?.Name);
    }

    [Fact]
    public void A_builder_builds_one_schema()
    {
        var builder = SchemaBuilder.New().AddQueryType(d => d.Field("a").Type("Int"));
        builder.Build();

        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    internal interface INode
    {
        Guid Id { get; }
    }

    internal sealed class Branch : INode
    {
        public Guid Id { get; set; }

        public string Name { get; set; } = "";
    }

    internal enum ParticipantCategory
    {
        Pu,
        Bpu,
        Jakon,
        PmiOverseas,
    }

    internal sealed class Region
    {
        public string Code { get; set; } = "";

        public string? Name { get; set; }

        public long KpjNumber { get; set; }

        public IReadOnlyList<string> ProvinceCodes { get; set; } = [];

        public string?[]? Aliases { get; set; }

        public decimal? Target { get; set; }

        public ParticipantCategory Category { get; set; }

        public DateOnly? OpenedOn { get; set; }

        public Office? Office { get; set; }
    }

    internal sealed class Office
    {
        public Guid Id { get; set; }

        public DateTimeOffset UpdatedAt { get; set; }
    }

    internal sealed class RegionFilter
    {
        public string? NameContains { get; set; }

        public IReadOnlyList<ParticipantCategory>? Categories { get; set; }
    }
}
