using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution.Planning;

public sealed class FieldCollectionTests
{
    private const string Sdl = """
        type Query { office: Office  offices: [Office!]! }
        type Office { code: String!  name: String  region: Region }
        type Region { id: Int!  name: String  population: Int }
        """;

    private static readonly object Office = new Dictionary<string, object?>
    {
        ["code"] = "JKT01",
        ["name"] = "Jakarta Pusat",
        ["region"] = new Dictionary<string, object?> { ["id"] = 31, ["name"] = "DKI Jakarta", ["population"] = 10_679_951 },
    };

    private static Schema OfficeSchema() => Schema(Sdl, ("Query.office", Value(Office)), ("Query.offices", Value(Enumerable.Repeat(Office, 500).ToArray())));

    [Fact]
    public async Task Skip_and_include_with_literals_leave_out_the_fields_they_exclude()
    {
        var json = await RunAsync(OfficeSchema(), "{ office { code @skip(if: true) name @include(if: false) region @include(if: true) { id } } }");

        Assert.Equal("""{"data":{"office":{"region":{"id":31}}}}""", json);
    }

    [Fact]
    public async Task Skip_and_include_read_variables_on_fields_spreads_and_inline_fragments()
    {
        const string query = """
            query ($withName: Boolean!, $skipRegion: Boolean!) {
              office {
                code
                ...Named @include(if: $withName)
                ... @skip(if: $skipRegion) { region { id } }
              }
            }
            fragment Named on Office { name }
            """;
        var document = Prepare(query);
        var schema = OfficeSchema();

        var both = await ExecuteAsync(schema, document, new Dictionary<string, object?> { ["withName"] = true, ["skipRegion"] = false });
        var neither = await ExecuteAsync(schema, document, new Dictionary<string, object?> { ["withName"] = false, ["skipRegion"] = true });

        Assert.Equal("""{"data":{"office":{"code":"JKT01","name":"Jakarta Pusat","region":{"id":31}}}}""", both.ToJson());
        Assert.Equal("""{"data":{"office":{"code":"JKT01"}}}""", neither.ToJson());
    }

    [Fact]
    public async Task A_field_is_left_out_when_skip_is_true_even_if_include_is_true()
    {
        var json = await RunAsync(OfficeSchema(), "{ office { code name @skip(if: true) @include(if: true) } }");

        Assert.Equal("""{"data":{"office":{"code":"JKT01"}}}""", json);
    }

    [Fact]
    public async Task Fields_with_the_same_response_name_merge_their_sub_selections_in_first_seen_order()
    {
        const string query = """
            {
              office { region { id } code }
              office { region { name id } }
              ... on Query { office { region { population } } }
            }
            """;

        var json = await RunAsync(OfficeSchema(), query);

        Assert.Equal("""{"data":{"office":{"region":{"id":31,"name":"DKI Jakarta","population":10679951},"code":"JKT01"}}}""", json);
    }

    [Fact]
    public async Task Aliases_give_one_field_two_response_names()
    {
        var json = await RunAsync(OfficeSchema(), "{ office { a: code b: code name } }");

        Assert.Equal("""{"data":{"office":{"a":"JKT01","b":"JKT01","name":"Jakarta Pusat"}}}""", json);
    }

    [Fact]
    public async Task A_fragment_spread_twice_is_collected_once()
    {
        var json = await RunAsync(OfficeSchema(), "{ office { ...F ...F code } } fragment F on Office { name code }");

        Assert.Equal("""{"data":{"office":{"name":"Jakarta Pusat","code":"JKT01"}}}""", json);
    }

    [Fact]
    public async Task Items_of_a_list_share_one_collected_plan_and_requests_reuse_it()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<IFieldSelection>();
        var schema = Schema(
            Sdl,
            ("Query.offices", Value(Enumerable.Repeat(Office, 500).ToArray())),
            ("Office.code", Sync(c =>
            {
                seen.Add(c.Selection);
                return "X";
            })));
        var document = Prepare("{ offices { code } }");

        await ExecuteAsync(schema, document);
        await ExecuteAsync(schema, document);

        Assert.Equal(1000, seen.Count);
        Assert.Single(seen.Distinct());
    }

    [Fact]
    public async Task Different_skip_outcomes_get_their_own_plans()
    {
        var document = Prepare("query ($s: Boolean!) { office { code @skip(if: $s) name } }");
        var schema = OfficeSchema();

        var skipped = await ExecuteAsync(schema, document, new Dictionary<string, object?> { ["s"] = true });
        var kept = await ExecuteAsync(schema, document, new Dictionary<string, object?> { ["s"] = false });
        var skippedAgain = await ExecuteAsync(schema, document, new Dictionary<string, object?> { ["s"] = true });

        Assert.Equal("""{"data":{"office":{"name":"Jakarta Pusat"}}}""", skipped.ToJson());
        Assert.Equal("""{"data":{"office":{"code":"JKT01","name":"Jakarta Pusat"}}}""", kept.ToJson());
        Assert.Equal(skipped.ToJson(), skippedAgain.ToJson());
    }
}
