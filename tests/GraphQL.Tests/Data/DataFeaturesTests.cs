using System.Text.Json;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Tests.Language;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Data;

public sealed class DataFeaturesTests
{
    private readonly DataSchema _data = DataSchema.Sample();

    [Fact]
    public void Schema_has_HotChocolate_shaped_filter_sort_and_paging_types()
    {
        LanguageSnapshot.Match(SchemaPrinter.Print(_data.Schema));
    }

    [Fact]
    public async Task Filter_combines_string_comparable_enum_and_or_operations()
    {
        var json = await _data.RunAsync("""
            { towns(where: { or: [{ name: { startsWith: "B" } }, { population: { gte: 500 }, kind: { eq: VILLAGE } }] }, order: [{ name: ASC }]) { nodes { name } } }
            """);
        Assert.Equal(["Bondowoso", "Palembang"], Names(json, "towns"));
    }

    [Fact]
    public async Task Filter_in_nin_and_negated_operations_exclude_rows()
    {
        var json = await _data.RunAsync("""
            { towns(where: { name: { nin: ["Jember", "Kuching"], ncontains: "ng" }, population: { nlt: 300 } }) { nodes { name } } }
            """);
        Assert.Equal(["Bondowoso", "Samarinda"], Names(json, "towns"));
    }

    [Fact]
    public async Task Nested_object_and_list_filters_reach_related_rows()
    {
        var json = await _data.RunAsync("""
            {
              byCountry: towns(where: { country: { name: { eq: "Malaysia" } } }) { nodes { name } }
              countries(where: { towns: { some: { population: { gt: 500 } } } }) { name }
              allBig: countries(where: { towns: { all: { population: { gte: 300 } } } }) { name }
            }
            """);
        Assert.Equal(["Kuching"], Names(json, "byCountry"));
        Assert.Equal("Indonesia", json.GetProperty("data").GetProperty("countries")[0].GetProperty("name").GetString());
        Assert.Equal("Malaysia", json.GetProperty("data").GetProperty("allBig")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Cursor_pages_follow_the_order_with_the_key_as_tie_breaker()
    {
        var first = await _data.RunAsync("{ towns(first: 3, order: [{ kind: DESC }, { population: ASC }]) { nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } totalCount } }");
        Assert.Equal(["Jember", "Bondowoso", "Kuching"], Names(first, "towns"));
        var pageInfo = first.GetProperty("data").GetProperty("towns").GetProperty("pageInfo");
        Assert.True(pageInfo.GetProperty("hasNextPage").GetBoolean());
        Assert.False(pageInfo.GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(7, first.GetProperty("data").GetProperty("towns").GetProperty("totalCount").GetInt32());

        var cursor = pageInfo.GetProperty("endCursor").GetString();
        var second = await _data.RunAsync($$"""{ towns(first: 10, after: "{{cursor}}", order: [{ kind: DESC }, { population: ASC }]) { edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage } } }""");
        var edges = second.GetProperty("data").GetProperty("towns").GetProperty("edges");
        Assert.Equal(["Samarinda", "Lumajang", "Rembang", "Palembang"], edges.EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()));
        Assert.False(second.GetProperty("data").GetProperty("towns").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(second.GetProperty("data").GetProperty("towns").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Last_returns_the_final_rows_and_before_pages_backwards()
    {
        var last = await _data.RunAsync("{ towns(last: 2) { nodes { id } pageInfo { hasPreviousPage hasNextPage startCursor } } }");
        Assert.Equal([6, 7], Ids(last, "towns"));
        var start = last.GetProperty("data").GetProperty("towns").GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var before = await _data.RunAsync($$"""{ towns(last: 2, before: "{{start}}") { nodes { id } } }""");
        Assert.Equal([4, 5], Ids(before, "towns"));
    }

    [Fact]
    public async Task A_cursor_made_under_another_order_is_rejected()
    {
        var page = await _data.RunAsync("{ towns(first: 2, order: [{ name: ASC }]) { pageInfo { endCursor } } }");
        var cursor = page.GetProperty("data").GetProperty("towns").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var json = await _data.RunAsync($$"""{ towns(first: 2, after: "{{cursor}}", order: [{ name: DESC }]) { nodes { id } } }""");
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(DataErrorCodes.InvalidCursor, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_cursor_points_at_its_row_and_survives_a_row_inserted_before_it()
    {
        var towns = (List<Town>)_data.Towns;
        var first = await _data.RunAsync("{ towns(first: 3, order: [{ population: ASC }]) { edges { cursor node { name } } } }");
        var edges = first.GetProperty("data").GetProperty("towns").GetProperty("edges");
        var cursor = edges[2].GetProperty("cursor").GetString();
        var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(cursor!));
        Assert.StartsWith("k1|", text, StringComparison.Ordinal);
        Assert.EndsWith("|[300,3]", text, StringComparison.Ordinal);

        towns.Insert(0, new Town { Id = 8, Name = "Ambon", Population = 50, Kind = TownKind.City });
        var next = await _data.RunAsync($$"""{ towns(first: 2, after: "{{cursor}}", order: [{ population: ASC }]) { nodes { name } } }""");
        Assert.Equal(["Kuching", "Rembang"], Names(next, "towns"));
    }

    [Fact]
    public async Task Offset_segment_skips_and_takes()
    {
        var json = await _data.RunAsync("{ townSegment(skip: 2, take: 2, order: [{ id: ASC }]) { items { id } pageInfo { hasNextPage hasPreviousPage } totalCount } }");
        var segment = json.GetProperty("data").GetProperty("townSegment");
        Assert.Equal([3, 4], segment.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(7, segment.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("towns(first: 501)", DataErrorCodes.PagingMaxExceeded)]
    [InlineData("towns(last: 600)", DataErrorCodes.PagingMaxExceeded)]
    [InlineData("towns(first: -1)", DataErrorCodes.PagingInvalidArgument)]
    [InlineData("towns(first: 1, last: 1)", DataErrorCodes.PagingInvalidArgument)]
    [InlineData("towns(after: \"not a cursor\")", DataErrorCodes.InvalidCursor)]
    [InlineData("towns(before: \"aTpx\")", DataErrorCodes.InvalidCursor)]
    public async Task Bad_paging_arguments_are_errors_with_a_code(string field, string code)
    {
        var json = await _data.RunAsync($"{{ {field} {{ nodes {{ id }} }} }}");
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("towns", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Projection_reads_only_the_selected_properties_and_the_key()
    {
        var executor = new RecordingQueryExecutor();
        await _data.RunAsync("{ towns(first: 2) { edges { node { name } } nodes { population } } }", new SingleServiceProvider(executor));
        var query = Assert.Single(executor.Queries);
        Assert.Contains("new Town() {Id = row.Id, Name = row.Name, Population = row.Population}", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Projection_builds_nested_objects_and_lists()
    {
        var executor = new RecordingQueryExecutor();
        var json = await _data.RunAsync("{ countries(order: [{ name: DESC }]) { name towns { name country { name } } } }", new SingleServiceProvider(executor));
        var query = Assert.Single(executor.Queries);
        Assert.Contains("Towns = row.Towns.Select(item => new Town() {Id = item.Id, Name = item.Name, Country = IIF((item.Country == null), null, new Country() {Id = item.Country.Id, Name = item.Country.Name})}).ToList()", query, StringComparison.Ordinal);
        Assert.Equal("Kuching", json.GetProperty("data").GetProperty("countries")[0].GetProperty("towns")[0].GetProperty("name").GetString());
        Assert.Equal("Malaysia", json.GetProperty("data").GetProperty("countries")[0].GetProperty("towns")[0].GetProperty("country").GetProperty("name").GetString());
    }

    private static IEnumerable<string?> Names(JsonElement json, string field) =>
        Items(json, field).Select(n => n.GetProperty("name").GetString());

    private static IEnumerable<int> Ids(JsonElement json, string field) =>
        Items(json, field).Select(n => n.GetProperty("id").GetInt32());

    private static JsonElement.ArrayEnumerator Items(JsonElement json, string field)
    {
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var value = json.GetProperty("data").GetProperty(field);
        return (value.ValueKind == JsonValueKind.Array ? value : value.GetProperty("nodes")).EnumerateArray();
    }
}
