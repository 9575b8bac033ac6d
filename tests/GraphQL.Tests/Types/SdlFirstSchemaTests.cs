using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Types;

public sealed class SdlFirstSchemaTests
{
    [Fact]
    public void Types_are_ordered_as_graphql_js_builds_its_type_map()
    {
        var schema = SchemaBuilder.FromSdl("""
            directive @cost(weight: Float!) on FIELD_DEFINITION
            type Query { regions(first: Int): [Region!]! node(id: ID!): Node }
            interface Node { id: ID! }
            type Region implements Node { id: ID! name: String covered: Boolean code: Code }
            scalar Code
            type Mutation { enrol(nik: String!): Region }
            """).Build();

        // Object.keys(buildSchema(sdl).getTypeMap()) in graphql-js 17.1
        Assert.Equal("Query Int ID Node Region String Boolean Code Mutation Float __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation", string.Join(' ', schema.Types.Select(t => t.Name)));
        Assert.Equal("Mutation", schema.MutationType?.Name);
    }

    [Fact]
    public void Code_first_and_sdl_first_build_the_same_schema()
    {
        var sdl = SchemaBuilder.FromSdl("""
            type Query {
              "Wilayah"
              regions(where: RegionFilter, first: Int = 10): [Region!]!
              region(code: String!): Region @deprecated(reason: "Use regions")
            }

            type Region implements Node {
              id: ID!
              name: String
              category: Category!
            }

            interface Node {
              id: ID!
            }

            enum Category {
              PU
              BPU @deprecated
            }

            input RegionFilter @oneOf {
              code: String
              name: String
            }
            """).Build();

        var codeFirst = SchemaBuilder.New()
            .AddQueryType(d =>
            {
                d.Field("regions").Description("Wilayah").Type("[Region!]!")
                    .Argument("where", a => a.Type("RegionFilter"))
                    .Argument("first", a => a.Type("Int").DefaultValue(10));
                d.Field("region").Type("Region").Argument("code", a => a.Type("String!")).Deprecated("Use regions");
            })
            .AddObjectType(d =>
            {
                d.Name("Region").Implements("Node");
                d.Field("id").Type("ID!");
                d.Field("name").Type<StringType>();
                d.Field("category").Type("Category!");
            })
            .AddInterfaceType(d => d.Name("Node").Field("id").Type("ID!"))
            .AddEnumType(d =>
            {
                d.Name("Category");
                d.Value("PU");
                d.Value("BPU").Deprecated();
            })
            .AddInputObjectType(d =>
            {
                d.Name("RegionFilter").OneOf();
                d.Field("code").Type("String");
                d.Field("name").Type("String");
            })
            .Build();

        Assert.Equal(SchemaPrinter.Print(sdl), SchemaPrinter.Print(codeFirst));
        Assert.True(codeFirst.GetType<InputObjectType>("RegionFilter").IsOneOf);
        Assert.Equal(10, codeFirst.QueryType.Fields["regions"].Arguments["first"].CoercedDefaultValue);
    }

    [Fact]
    public void Extensions_add_fields_values_members_interfaces_and_roots()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            interface Node { id: ID! }
            type Region { name: String }
            union Place = Region
            enum Category { PU }
            input Filter { name: String }
            scalar Code
            extend type Region implements Node { id: ID! }
            extend union Place = Office
            extend enum Category { BPU }
            extend input Filter { code: Code }
            extend scalar Code @specifiedBy(url: "https://example.org/code")
            type Office { id: ID! }
            type Changes { b: Int }
            extend schema { mutation: Changes }
            """).Build();

        Assert.Equal(["name", "id"], schema.GetType<ObjectType>("Region").Fields.Select(f => f.Name));
        Assert.Equal(["Region", "Office"], schema.GetType<UnionType>("Place").Types.Select(t => t.Name));
        Assert.Equal(["PU", "BPU"], schema.GetType<EnumType>("Category").Values.Select(v => v.Name));
        Assert.Equal(["name", "code"], schema.GetType<InputObjectType>("Filter").Fields.Select(f => f.Name));
        Assert.Equal("https://example.org/code", schema.GetType<ScalarType>("Code").SpecifiedByUrl);
        Assert.Equal("Changes", schema.MutationType?.Name);
        Assert.Equal([schema.GetType<ObjectType>("Region")], schema.GetPossibleTypes(schema.GetType<InterfaceType>("Node")));
    }

    [Fact]
    public void Extending_an_undefined_type_or_the_wrong_kind_is_reported()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Missing { b: Int }
            enum Category { PU }
            extend input Category { b: Int }
            """).Build());

        Assert.Equal(["Cannot extend type \"Missing\" because it is not defined.", "Cannot extend non-enum type \"Category\"."], exception.Errors);
    }

    [Fact]
    public void Known_scalars_are_implemented_by_name_and_unknown_ones_pass_values_through()
    {
        var schema = SchemaBuilder.FromSdl("""
            scalar DateTime
            scalar Json
            type Query { at: DateTime, data: Json }
            """).Build();

        Assert.Same(BuiltInScalars.DateTime, schema.GetType<ScalarType>("DateTime"));
        var json = schema.GetType<ScalarType>("Json");
        Assert.IsType<SdlScalarType>(json);
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, json.ParseLiteral(GraphQL.Language.GraphQLParser.ParseValue("{a: 1}")));
    }

    [Fact]
    public void Sdl_description_of_an_implemented_scalar_is_kept_with_its_coercion()
    {
        var schema = SchemaBuilder.FromSdl("""
            "Tanggal (YYYY-MM-DD)"
            scalar Date
            type Query { bornOn: Date }
            """).Build();

        var date = schema.GetType<ScalarType>("Date");
        Assert.Equal(
            "\"\"\"Tanggal (YYYY-MM-DD)\"\"\"\nscalar Date @specifiedBy(url: \"https://scalars.graphql.org/andimarek/local-date\")\n\ntype Query {\n  bornOn: Date\n}",
            SchemaPrinter.Print(schema));
        Assert.Equal(new DateOnly(2026, 2, 1), date.ParseLiteral(new GraphQL.Language.StringValueNode("2026-02-01", false)));
    }

    [Fact]
    public void Root_types_must_be_distinct_objects()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            schema { query: Query mutation: Query subscription: Query }
            type Query { a: Int }
            """).Build());

        Assert.Equal(["All root types must be different, \"Query\" type is used as query, mutation, and subscription root types."], exception.Errors);
    }

    [Fact]
    public void Query_root_must_be_an_object_type()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            schema { query: Node }
            interface Node { id: ID }
            """).Build());

        Assert.Equal(["Query root type must be Object type, it cannot be Node."], exception.Errors);
    }

    [Fact]
    public void Only_one_schema_definition_is_allowed() =>
        Assert.Contains("Must provide only one schema definition.", Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            schema { query: Query }
            schema { query: Query }
            type Query { a: Int }
            """).Build()).Errors);

    [Fact]
    public void Duplicate_fields_values_and_arguments_are_reported()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            type Query { a(x: Int, x: Int): Int a: String }
            enum E { A A }
            input I { f: Int f: Int }
            directive @d on FIELD
            directive @d on FIELD
            """).Build());

        Assert.Equal(
            [
                "There can be only one directive named \"@d\".",
                "Argument \"Query.a(x:)\" can only be defined once.",
                "Field \"Query.a\" can only be defined once.",
                "Enum value \"E.A\" can only be defined once.",
                "Field \"I.f\" can only be defined once.",
            ],
            exception.Errors);
    }
}
