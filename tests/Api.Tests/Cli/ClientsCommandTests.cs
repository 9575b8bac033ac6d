using System.CommandLine;
using System.Net;
using System.Net.Http.Headers;
using BpjsTk.Api.Cli;
using BpjsTk.Api.Tests.TestHost;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Tests.Cli;

public sealed class ClientsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bpjstk-clients-").FullName;

    private string Connection => $"Data Source={Path.Combine(_folder, "bpjstk.db")};Pooling=False";

    private string ConnectionSetting => $"ConnectionStrings:Sqlite={Connection}";

    [Fact]
    public async Task Add_prints_the_key_once_list_shows_the_client_without_it_and_revoke_makes_the_key_fail_over_http()
    {
        // Multi-value options (--scope, --regency) would take a configuration token after them as a value, so it goes first.
        var (added, addOutput, _) = await RunAsync("clients", "add", ConnectionSetting, "--name", "jember-dpmptsp", "--organisation", "DPMPTSP Kabupaten Jember",
            "--scope", ApiScopes.MembershipCheck, "--regency", "35.09");
        var key = addOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        var (listed, listOutput, _) = await RunAsync("clients", "list", ConnectionSetting);
        var worksBefore = await StatusWithKeyAsync(key);
        var (revoked, revokeOutput, _) = await RunAsync("clients", "revoke", "jember-dpmptsp", ConnectionSetting);
        var (revokedAgain, _, revokeAgainError) = await RunAsync("clients", "revoke", "jember-dpmptsp", ConnectionSetting);
        var (_, listAfterRevoke, _) = await RunAsync("clients", "list", ConnectionSetting);
        var (statusAfter, bodyAfter) = await SendWithKeyAsync(key);

        Assert.Equal([0, 0, 0, 1], [added, listed, revoked, revokedAgain]);
        Assert.StartsWith("Client 'jember-dpmptsp' added. Its API key, shown only now:", addOutput, StringComparison.Ordinal);
        Assert.StartsWith("bpjstk_", key, StringComparison.Ordinal);
        var line = Assert.Single(listOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split('\t');
        Assert.Equal(["jember-dpmptsp", "DPMPTSP Kabupaten Jember", key[..key.IndexOf('.', StringComparison.Ordinal)], ApiScopes.MembershipCheck, "3509", "active"], line);
        Assert.DoesNotContain(key, listOutput, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, worksBefore);
        Assert.Equal("Client 'jember-dpmptsp' revoked.", revokeOutput.Trim());
        Assert.Equal("No active client is named 'jember-dpmptsp'.", revokeAgainError.Trim());
        Assert.Contains("\trevoked ", listAfterRevoke, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, statusAfter);
        Assert.Contains(MembershipErrorCodes.NotAuthenticated, bodyAfter, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await ApiCommandLine.Create().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    private async Task<HttpStatusCode> StatusWithKeyAsync(string key) => (await SendWithKeyAsync(key)).Status;

    // A host of its own per call, so no client row is cached from an earlier request.
    private async Task<(HttpStatusCode Status, string Body)> SendWithKeyAsync(string key)
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = Connection });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ greeting }"}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
