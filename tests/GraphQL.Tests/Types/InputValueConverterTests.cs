using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Types;

public sealed class InputValueConverterTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddQueryType(d => d.Field("regions").Type("[String]")
            .Argument("where", a => a.Type("RegionFilter"))
            .Argument("ids", a => a.Type("[Int!]")))
        .AddInputObjectType<RegionFilter>()
        .AddInputObjectType<PeriodInput>()
        .Build();

    [Fact]
    public void Input_object_literal_converts_to_its_clr_type_with_nested_records_and_lists()
    {
        var where = Schema.QueryType.Fields["regions"].Arguments["where"];
        var coerced = InputLiteralCoercion.Coerce(GraphQLParser.ParseValue("""{ nameContains: "Jawa", codes: "35", period: { from: "2026-01-01", months: 3 } }"""), where.Type);

        var filter = InputValueConverter.Convert<RegionFilter>(coerced, where.Type);

        Assert.Equal("Jawa", filter.NameContains);
        Assert.Equal(["35"], filter.Codes);
        Assert.Equal(new PeriodInput(new DateOnly(2026, 1, 1), 3), filter.Period);
    }

    [Fact]
    public void List_of_ints_converts_to_an_array_and_a_list()
    {
        var ids = Schema.QueryType.Fields["regions"].Arguments["ids"];
        var coerced = InputLiteralCoercion.Coerce(GraphQLParser.ParseValue("[1, 2]"), ids.Type);

        Assert.Equal([1, 2], InputValueConverter.Convert<int[]>(coerced, ids.Type));
        Assert.Equal([1L, 2L], InputValueConverter.Convert<List<long>>(coerced, ids.Type));
    }

    [Fact]
    public void Missing_required_input_field_is_a_coercion_error()
    {
        var where = Schema.QueryType.Fields["regions"].Arguments["where"];
        var error = Assert.Throws<GraphQLException>(() => InputLiteralCoercion.Coerce(GraphQLParser.ParseValue("{ period: { months: 3 } }"), where.Type));
        Assert.Equal("Expected value of type \"PeriodInput\" to include required field \"from\", found: { months: 3 }. (at value.period)", error.Message);
    }

    [Fact]
    public void Coerced_dictionary_converts_to_a_record_by_constructor_and_to_a_class_by_setters()
    {
        var coerced = new Dictionary<string, object?>
        {
            ["nameContains"] = "Bali",
            ["codes"] = new List<object?> { "51" },
            ["period"] = new Dictionary<string, object?> { ["from"] = new DateOnly(2026, 2, 1), ["months"] = 6 },
        };

        var filter = InputValueConverter.Convert<RegionFilter>(coerced);

        Assert.Equal("Bali", filter.NameContains);
        Assert.Equal(["51"], filter.Codes);
        Assert.Equal(new PeriodInput(new DateOnly(2026, 2, 1), 6), filter.Period);
    }

    [Fact]
    public void Absent_fields_keep_constructor_defaults_and_initial_property_values()
    {
        var options = InputValueConverter.Convert<PageOptions>(new Dictionary<string, object?> { ["first"] = 5 });

        Assert.Equal(new PageOptions(5), options);
        Assert.Equal("ASC", options.Direction);
    }

    [Fact]
    public void Enum_names_convert_to_clr_enum_members_and_lists_to_sets_and_arrays()
    {
        Assert.Equal(Sector.FormalSector, InputValueConverter.Convert<Sector>("FORMAL_SECTOR"));
        Assert.Equal([Sector.Informal, Sector.FormalSector], InputValueConverter.Convert<Sector[]>(new List<object?> { "INFORMAL", Sector.FormalSector }));
        Assert.Equal(new HashSet<long> { 1, 2 }, InputValueConverter.Convert<ISet<long>>(new List<object?> { 1, 2, 2 }));
        Assert.Null(InputValueConverter.Convert<int?>(null));
        Assert.Equal(0, InputValueConverter.Convert<int>(null));
    }

    internal enum Sector
    {
        Informal,
        FormalSector,
    }

    internal sealed record PageOptions(int First, string? After = null)
    {
        public string Direction { get; init; } = "ASC";
    }

    internal sealed class RegionFilter
    {
        public string? NameContains { get; set; }

        public IReadOnlyList<string>? Codes { get; set; }

        public PeriodInput? Period { get; set; }
    }

    internal sealed record PeriodInput(DateOnly From, int Months);
}
