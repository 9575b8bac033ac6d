using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Types.Resolvers;

public sealed class ResolverBindingTests
{
    private const string Sdl = """
        type Query { hello(name: String = "dunia"): String region: Region place: Place }
        type Region { code: String! regionName: String category: Category }
        type Office { id: ID! }
        union Place = Region | Office
        enum Category { PU BPU KUR_CREDIT_TIE_IN }
        """;

    [Fact]
    public async Task Bound_resolver_answers_the_field()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "hello", ctx => new ValueTask<object?>("halo " + ctx.ArgumentValue<string>("name")))
            .Build();

        Assert.Equal("halo dunia", await FakeResolverContext.Resolve(schema, "Query", "hello", null, new Dictionary<string, object?> { ["name"] = "dunia" }));
    }

    [Fact]
    public async Task Default_resolver_reads_properties_case_insensitively_and_dictionary_entries()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();

        Assert.Equal("35", await FakeResolverContext.Resolve(schema, "Region", "code", new RegionRow { Code = "35", RegionName = "Jawa Timur" }));
        Assert.Equal("Jawa Timur", await FakeResolverContext.Resolve(schema, "Region", "regionName", new RegionRow { Code = "35", RegionName = "Jawa Timur" }));
        Assert.Equal("36", await FakeResolverContext.Resolve(schema, "Region", "code", new Dictionary<string, object?> { ["code"] = "36" }));
        Assert.Null(await FakeResolverContext.Resolve(schema, "Region", "category", new RegionRow()));
    }

    [Fact]
    public void Bound_clr_enum_maps_upper_snake_values_to_members()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).BindType("Category", typeof(PartnerProgram)).Build();

        var category = schema.GetType<EnumType>("Category");
        Assert.Equal(PartnerProgram.KurCreditTieIn, category.ParseValue("KUR_CREDIT_TIE_IN"));
        Assert.Equal("BPU", category.Serialize(PartnerProgram.Bpu));
    }

    [Fact]
    public void Type_resolver_and_clr_binding_choose_the_runtime_type_of_a_union()
    {
        var byClr = SchemaBuilder.FromSdl(Sdl).BindType("Region", typeof(RegionRow)).Build();
        Assert.Equal("Region", byClr.ResolveAbstractType(byClr.GetType<UnionType>("Place"), null!, new RegionRow())?.Name);

        var byResolver = SchemaBuilder.FromSdl(Sdl)
            .BindTypeResolver("Place", (ctx, value) => ctx.Schema.GetType<ObjectType>(value is string ? "Office" : "Region"))
            .Build();
        var context = new FakeResolverContext(byResolver, byResolver.QueryType, byResolver.QueryType.Fields["place"], null);
        Assert.Equal("Office", byResolver.ResolveAbstractType(byResolver.GetType<UnionType>("Place"), context, "KC Jember")?.Name);

        var byIsTypeOf = SchemaBuilder.FromSdl(Sdl).BindIsTypeOf("Office", (_, value) => value is string).Build();
        Assert.Equal("Office", byIsTypeOf.ResolveAbstractType(byIsTypeOf.GetType<UnionType>("Place"), null!, "KC Jember")?.Name);
    }

    [Fact]
    public void Dictionary_values_name_their_runtime_type_with_typename()
    {
        var schema = SchemaBuilder.FromSdl("type Query { n: Node } interface Node { id: ID } type Region implements Node { id: ID }").Build();

        Assert.Equal("Region", schema.ResolveAbstractType(schema.GetType<InterfaceType>("Node"), null!, new Dictionary<string, object?> { ["__typename"] = "Region" })?.Name);
    }

    [Fact]
    public void Bindings_to_missing_types_and_fields_are_reported()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "goodbye", _ => default)
            .BindType("Branch", typeof(RegionRow))
            .BindTypeResolver("Region", (_, _) => null)
            .Build());

        Assert.Equal(
            [
                "Cannot bind a resolver to \"Query.goodbye\": the type has no such field.",
                "Cannot bind \"Branch\" to RegionRow: there is no such type.",
                "Cannot bind a type resolver to \"Region\": there is no interface or union of that name.",
            ],
            exception.Errors);
    }

    internal enum PartnerProgram
    {
        Pu,
        Bpu,
        KurCreditTieIn,
    }

    internal sealed class RegionRow
    {
        public string Code { get; set; } = "";

        public string? RegionName { get; set; }
    }
}
