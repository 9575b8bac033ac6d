using System.Text.Json;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Tests.Security;

/// <summary>Loading data over HTTP needs an API key holding the data:write scope.</summary>
public sealed class DataWriteHttpTests : IAsyncLifetime
{
    private const string RegisterPartner = """
        mutation { registerPartner(input: { code: "BPD-JATIM", name: "Bank Jatim", kind: BANK }) { partner { code name } errors { __typename } } }
        """;

    private MembershipHost _host = null!;

    public async Task InitializeAsync() => _host = await MembershipHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_a_key_a_mutation_is_not_authenticated_and_writes_nothing()
    {
        var body = await _host.QueryAsync(null, RegisterPartner);

        Assert.Equal(MembershipErrorCodes.NotAuthenticated, FirstCode(body));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task A_key_without_data_write_is_not_authorized()
    {
        var key = await _host.AddClientAsync("bi-team", [ApiScopes.ReportsRead, ApiScopes.MembershipCheck]);

        var body = await _host.QueryAsync(key, RegisterPartner);

        Assert.Equal(MembershipErrorCodes.NotAuthorized, FirstCode(body));
    }

    [Fact]
    public async Task A_key_with_data_write_registers_the_partner()
    {
        var key = await _host.AddClientAsync("data-desk", [ApiScopes.DataWrite]);

        var body = await _host.QueryAsync(key, RegisterPartner);

        var payload = body.GetProperty("data").GetProperty("registerPartner");
        Assert.Equal("Bank Jatim", payload.GetProperty("partner").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var listed = await _host.QueryAsync(key, """{ partners(where: { code: { eq: "BPD-JATIM" } }) { nodes { name } } }""");
        Assert.Equal("Bank Jatim", listed.GetProperty("data").GetProperty("partners").GetProperty("nodes")[0].GetProperty("name").GetString());
    }

    private static string? FirstCode(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
