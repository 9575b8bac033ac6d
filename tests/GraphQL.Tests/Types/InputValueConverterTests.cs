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
        Assert.Equal("Field \"PeriodInput.from\" of required type \"Date!\" was not provided.", error.Message);
    }

    internal sealed class RegionFilter
    {
        public string? NameContains { get; set; }

        public IReadOnlyList<string>? Codes { get; set; }

        public PeriodInput? Period { get; set; }
    }

    internal sealed record PeriodInput(DateOnly From, int Months);
}
