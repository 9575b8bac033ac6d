using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.Schema.Nodes;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Nodes;

[Collection(PostgresTests.Name)]
public sealed class NodeTests(SampleSchema sample) : IClassFixture<SampleSchema>
{
    [Fact]
    public void A_global_id_is_base64_of_type_name_and_key()
    {
        Assert.Equal("UmVnaW9uOjEy", new NodeId("Region", 12).Serialize());
        Assert.True(NodeId.TryParse("UmVnaW9uOjEy", out var id));
        Assert.Equal(new NodeId("Region", 12), id);
        Assert.False(NodeId.TryParse("not base64!", out _));
    }

    [Fact]
    public async Task Node_fetches_what_an_id_from_a_list_names()
    {
        var host = await sample.GetAsync(DatabaseProvider.Sqlite);
        var branches = await host.ExecuteAsync("""{ branches(where: { code: { eq: "KC-JEMBER" } }) { nodes { id code } } }""");
        var start = branches.IndexOf("\"id\": \"", StringComparison.Ordinal) + 7;
        var id = branches[start..branches.IndexOf('"', start)];
        var result = await host.ExecuteAsync($$"""{ node(id: "{{id}}") { __typename ... on Branch { code region { code } } } nodes(ids: ["{{id}}", "{{new NodeId("Employer", 999999).Serialize()}}"]) { id } }""");
        Assert.Contains("\"__typename\": \"Branch\"", result, StringComparison.Ordinal);
        Assert.Contains($"\"id\": \"{id}\"", result, StringComparison.Ordinal);
        Assert.Contains("null", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Nodes_reads_each_entity_type_once_and_keeps_the_order_of_the_ids(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var lists = await host.ExecuteAsync("""{ regions(first: 2) { nodes { id code } } branches(first: 2) { nodes { id code } } }""");
        var ids = Ids(lists);
        Assert.Equal(4, ids.Count);
        string[] asked = [ids[2], ids[0], new NodeId("Employer", 999999).Serialize(), ids[3], "not an id", new NodeId("Nothing", 1).Serialize(), ids[1]];
        var list = string.Join(", ", asked.Select(i => $"\"{i}\""));
        var result = await host.ExecuteAsync($$"""{ nodes(ids: [{{list}}]) { id } }""");
        // one statement each for branches, regions and employers, however many IDs name them
        Assert.True(host.Statements.Statements.Count == 3, string.Join("\n---\n", host.Statements.Statements));
        using var json = JsonDocument.Parse(result);
        var nodes = json.RootElement.GetProperty("data").GetProperty("nodes").EnumerateArray()
            .Select(n => n.ValueKind == JsonValueKind.Null ? null : n.GetProperty("id").GetString()).ToList();
        Assert.Equal([ids[2], ids[0], null, ids[3], null, null, ids[1]], nodes);
    }

    [Fact]
    public async Task Employer_shows_participant_counts_never_participants()
    {
        var host = await sample.GetAsync(DatabaseProvider.Sqlite);
        var result = await host.ExecuteAsync("""{ employers(officeCode: "KC-JEMBER", take: 2) { totalCount pageInfo { hasNextPage } items { npp participantSummary { total active byCategory { category active } } } } }""");
        Assert.Contains("\"npp\": \"35090001\"", result, StringComparison.Ordinal);
        Assert.Contains("\"hasNextPage\": true", result, StringComparison.Ordinal);
        Assert.DoesNotContain("errors", result, StringComparison.Ordinal);
        Assert.Equal(2, host.Statements.Statements.Count(s => s.Contains("\"Employers\"", StringComparison.Ordinal)));
    }

    private static List<string> Ids(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("data").EnumerateObject()
            .SelectMany(list => list.Value.GetProperty("nodes").EnumerateArray())
            .Select(n => n.GetProperty("id").GetString()!)];
    }
}
