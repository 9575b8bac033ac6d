using BpjsTk.Data;
using BpjsTk.Schema.Nodes;

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
}
