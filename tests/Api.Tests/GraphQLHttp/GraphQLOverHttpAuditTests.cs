using BpjsTk.Api.Tests.TestHost;
using Xunit.Abstractions;

namespace BpjsTk.Api.Tests.GraphQLHttp;

/// <summary>
/// graphql-http's audit suite, the GraphQL-over-HTTP specification's conformance checks, against the live
/// server with the product's schema and engine (the database is migrated and seeded on start).
/// </summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Server_passes_every_MUST_of_the_graphql_over_http_audit()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Database:InitializeOnStart"] = "true" }, withSchema: false);
        factory.UseKestrel(0);
        factory.StartServer();
        var endpoint = new Uri(factory.ClientOptions.BaseAddress, "/graphql").ToString();

        var (exitCode, report) = await NodeScript.RunAsync("audit-server.mjs", [endpoint], TimeSpan.FromMinutes(2));

        output.WriteLine(report);
        Assert.True(exitCode == 0, "MUST audits failed:\n" + report);
    }
}
