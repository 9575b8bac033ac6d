using System.Net;
using System.Text.Json;
using BpjsTk.GraphQL;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Tests.Security;

public sealed class CheckRateLimitTests : IAsyncLifetime
{
    private MembershipHost _host = null!;

    public async Task InitializeAsync() => _host = await MembershipHost.StartAsync(checksPerMinute: 5);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public Task Aliased_checks_count_one_each_and_the_limit_answers_429_with_a_retry_time() => MembershipScenarios.AliasedChecksAreRateLimitedAsync(_host);

    [Fact]
    public async Task A_batch_of_n_takes_n_checks_and_other_clients_keep_their_own_allowance()
    {
        var bank = await _host.AddClientAsync("bri-kur", [ApiScopes.MembershipCheck]);
        var office = await _host.AddClientAsync("jember-dpmptsp", [ApiScopes.MembershipCheck]);
        const string batch = "query($a: [MembershipApplicantInput!]!) { membershipBatch(applicants: $a) { index } }";
        var six = Enumerable.Range(1, 6).Select(i => new { nik = $"350901150485000{i}", purpose = $"KUR-{i}" }).ToArray();

        using var tooMany = await _host.SendAsync(bank, batch, new { a = six });
        using var five = await _host.SendAsync(bank, batch, new { a = six[..5] });
        using var oneMore = await _host.SendAsync(bank, batch, new { a = six[..1] });
        using var otherClient = await _host.SendAsync(office, batch, new { a = six[..5] });

        Assert.Equal(HttpStatusCode.TooManyRequests, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.OK, five.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, oneMore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task Reports_are_not_counted_as_checks()
    {
        var key = await _host.AddClientAsync("bi-team", [ApiScopes.ReportsRead, ApiScopes.MembershipCheck]);

        for (var i = 0; i < 10; i++)
        {
            using var response = await _host.SendAsync(key, "{ regions { nodes { code } } }");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
