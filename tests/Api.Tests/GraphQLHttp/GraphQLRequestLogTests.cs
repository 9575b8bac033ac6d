using BpjsTk.Api.Tests.TestHost;
using static BpjsTk.Api.Tests.GraphQLHttp.GraphQLHttpTestClient;

namespace BpjsTk.Api.Tests.GraphQLHttp;

public sealed class GraphQLRequestLogTests
{
    private const string Nik = "3509014107900001";

    [Fact]
    public async Task Each_request_logs_one_line_with_operation_status_and_outcome_but_no_values()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();

        await PostAsync(client, $$$"""{"query":"query CheckMember($nik: String!) { echo(text: $nik) a: echo(text: \"{{{Nik}}}\") failing }","operationName":"CheckMember","variables":{"nik":"{{{Nik}}}"}}""");

        var line = Assert.Single(factory.Logs.Entries, entry => entry.EventId.Name == "GraphQLRequest");
        Assert.Equal("CheckMember", line.Values["OperationName"]);
        Assert.Equal("query", line.Values["OperationType"]);
        Assert.Equal(200, line.Values["StatusCode"]);
        Assert.Equal("field-errors", line.Values["Outcome"]);
        Assert.Equal(1, line.Values["FieldErrorCount"]);
        Assert.DoesNotContain(factory.Logs.Entries, entry => entry.Message.Contains(Nik, StringComparison.Ordinal)
            || entry.Values.Values.Any(value => value?.ToString()?.Contains(Nik, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Get_requests_do_not_log_their_query_string()
    {
        await using var factory = new ApiFactory();

        await GetAsync(factory.CreateClient(), Get("query Check($nik: String!) { echo(text: $nik) }", $$"""{"nik":"{{Nik}}"}"""));

        Assert.Contains(factory.Logs.Entries, entry => entry.EventId.Name == "GraphQLRequest");
        Assert.DoesNotContain(factory.Logs.Entries, entry => entry.Message.Contains(Nik, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rejected_and_failed_requests_log_their_error_code()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();

        await PostAsync(client, """{"query":"{"}""");
        await PostAsync(client, """{"query":"{ __typename }","variables":[1]}""");

        var outcomes = factory.Logs.Entries.Where(entry => entry.EventId.Name == "GraphQLRequest")
            .Select(entry => (entry.Values["Outcome"], entry.Values["StatusCode"]));
        Assert.Equal([("GRAPHQL_SYNTAX_ERROR", 400), ("HTTP_INVALID_PARAMETER", 400)], outcomes);
    }
}
