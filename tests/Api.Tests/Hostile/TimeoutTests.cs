using System.Net;
using BpjsTk.Api.Tests.TestHost;
using static BpjsTk.Api.Tests.GraphQLHttp.GraphQLHttpTestClient;

namespace BpjsTk.Api.Tests.Hostile;

[Collection(HostileCorpus.Name)]
public sealed class TimeoutTests
{
    [Fact]
    public async Task A_resolver_past_the_timeout_is_cancelled_with_a_timeout_error_and_the_server_answers_the_next_request()
    {
        await using var factory = ApiFactory.WithEngine("Production", new Dictionary<string, string?> { ["GraphQL:ExecutionTimeout"] = "00:00:00.3" });
        var client = factory.CreateClient();

        var slow = await PostAsync(client, """{"query":"{ slow }"}""", GraphQLResponseJson);
        var next = await PostAsync(client, """{"query":"{ __typename }"}""", GraphQLResponseJson);

        Assert.Equal((HttpStatusCode.GatewayTimeout, "EXECUTION_TIMEOUT"), (slow.Status, slow.FirstErrorCode));
        Assert.Equal("Query", next.Body.GetProperty("data").GetProperty("__typename").GetString());
    }
}
