using BpjsTk.Api.Tests.TestHost;
using Xunit.Abstractions;

namespace BpjsTk.Api.Tests.GraphQLHttp;

/// <summary>graphql-http's audit suite, the GraphQL-over-HTTP specification's conformance checks, against the live server.</summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Server_passes_every_MUST_of_the_graphql_over_http_audit()
    {
        await using var factory = new ApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var endpoint = new Uri(factory.ClientOptions.BaseAddress, "/graphql").ToString();

        var (exitCode, report) = await NodeScript.RunAsync("audit-server.mjs", [endpoint], TimeSpan.FromMinutes(2));

        output.WriteLine(report);
        Assert.True(exitCode == 0, "MUST audits failed:\n" + report);
    }
}
