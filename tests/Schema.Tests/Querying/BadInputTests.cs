using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.GraphQL.Data;

namespace BpjsTk.Schema.Tests.Querying;

[Collection(PostgresTests.Name)]
public sealed class BadInputTests(SampleSchema sample) : IClassFixture<SampleSchema>
{
    [Theory]
    [InlineData("regencies(where: { kind: { eq: DISTRICT } }) { nodes { code } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("regencies(first: 501) { nodes { code } }", DataErrorCodes.PagingMaxExceeded)]
    [InlineData("regencies(first: -1) { nodes { code } }", DataErrorCodes.PagingInvalidArgument)]
    [InlineData("regencies(first: 2, last: 2) { nodes { code } }", DataErrorCodes.PagingInvalidArgument)]
    [InlineData("regencies(after: \"bm90IGEgY3Vyc29y\") { nodes { code } }", DataErrorCodes.InvalidCursor)]
    [InlineData("regencies(before: \"%%%\") { nodes { code } }", DataErrorCodes.InvalidCursor)]
    public async Task Bad_list_arguments_are_errors_with_a_code_and_no_statement(string field, string code)
    {
        var host = await sample.GetAsync(DatabaseProvider.Sqlite);
        using var json = JsonDocument.Parse(await host.ExecuteAsync($"{{ {field} }}"));
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(host.Statements.Statements);
    }

    [Fact]
    public async Task A_cursor_of_another_order_is_rejected()
    {
        var host = await sample.GetAsync(DatabaseProvider.Sqlite);
        using var page = JsonDocument.Parse(await host.ExecuteAsync("{ regencies(first: 2) { pageInfo { endCursor } } }"));
        var cursor = page.RootElement.GetProperty("data").GetProperty("regencies").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        using var json = JsonDocument.Parse(await host.ExecuteAsync($$"""{ regencies(first: 2, after: "{{cursor}}", order: [{ name: ASC }]) { nodes { code } } }"""));
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(DataErrorCodes.InvalidCursor, error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
