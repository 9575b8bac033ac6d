using System.Net;
using System.Text;
using System.Text.Json;
using BpjsTk.Data.Seeding;
using BpjsTk.GraphQL;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Tests.Security;

/// <summary>Membership check scenarios over HTTP that run on both database providers.</summary>
internal static class MembershipScenarios
{
    public const string JemberTrader = "3509011504850001";
    public const string MeraukeFisherOldCode = "9101011002870017";
    public const string PersonQuery = "query($nik: String!) { membership(nik: $nik, purpose: \"IUMK-2026-0042\") { status category programs paidThrough memberSince } }";
    private const int ThousandChecks = 1_000;

    public static async Task NotAuthenticatedWithoutKeyAsync(MembershipHost host)
    {
        var body = await host.QueryAsync(null, PersonQuery, new { nik = JemberTrader });

        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("membership").ValueKind);
        Assert.Equal(MembershipErrorCodes.NotAuthenticated, FirstCode(body));
    }

    public static async Task NotAuthorizedWithoutScopeAsync(MembershipHost host)
    {
        var key = await host.AddClientAsync("bi-team", [ApiScopes.ReportsRead]);

        var body = await host.QueryAsync(key, PersonQuery, new { nik = JemberTrader });

        Assert.Equal(MembershipErrorCodes.NotAuthorized, FirstCode(body));
        Assert.Equal(0, await host.CountAuditsAsync());
    }

    public static async Task RevokedKeyIsRefusedAsync(MembershipHost host)
    {
        var key = await host.AddClientAsync("old-bank", [ApiScopes.MembershipCheck]);
        Assert.True(await host.Registry.RevokeAsync("old-bank", CancellationToken.None));

        using var response = await host.SendAsync(key, PersonQuery, new { nik = JemberTrader });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await host.CountAuditsAsync());
    }

    public static async Task RegencyRestrictionAsync(MembershipHost host)
    {
        var key = await host.AddClientAsync("merauke-dpmptsp", [ApiScopes.MembershipCheck], ["93.01"]);

        var own = await host.QueryAsync(key, PersonQuery, new { nik = MeraukeFisherOldCode });
        var elsewhere = await host.QueryAsync(key, PersonQuery, new { nik = JemberTrader });

        Assert.Equal("ACTIVE", own.GetProperty("data").GetProperty("membership").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, elsewhere.GetProperty("data").GetProperty("membership").ValueKind);
        Assert.Equal(MembershipErrorCodes.RegencyNotAllowed, FirstCode(elsewhere));
        Assert.Equal(2, await host.CountAuditsAsync());
    }


    /// <summary>Needs a host allowing 5 checks a minute.</summary>
    public static async Task AliasedChecksAreRateLimitedAsync(MembershipHost host)
    {
        var key = await host.AddClientAsync("jember-dpmptsp", [ApiScopes.MembershipCheck]);
        const string three = """
            { a: membership(nik: "3509011504850001", purpose: "IUMK-1") { status }
              b: membership(nik: "3509011504850002", purpose: "IUMK-2") { status }
              c: employerMembership(npp: "35090001", purpose: "IUMK-3") { status } }
            """;

        using var first = await host.SendAsync(key, three);
        using var second = await host.SendAsync(key, three);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var retryAfter = int.Parse(second.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        using var body = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        var extensions = body.RootElement.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(ErrorCodes.RateLimited, extensions.GetProperty("code").GetString());
        Assert.Equal(retryAfter, extensions.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal(3, await host.CountAuditsAsync());
    }

    /// <summary>
    /// 1,000 checks of distinct NIKs (the sample members first): 900 in batches of 100, then 100 as ten aliased
    /// single checks per document; asserts each is answered 200 and audited once, and some member is active.
    /// </summary>
    public static async Task<(string[] Niks, string Responses)> ThousandChecksAsync(MembershipHost host)
    {
        var key = await host.AddClientAsync("jember-dpmptsp", [ApiScopes.MembershipCheck]);
        var niks = SampleMembers.Participants.Select(p => p.Nik)
            .Concat(Enumerable.Range(0, ThousandChecks).Select(i => $"350901{(i % 28) + 1:00}{(i % 12) + 1:00}{80 + (i % 20):00}{i + 1:0000}"))
            .Distinct().Take(ThousandChecks).ToArray();
        var responses = new StringBuilder();

        // 900 in batches of 100, then 100 as ten aliased single checks per document.
        for (var start = 0; start < 900; start += 100)
        {
            var applicants = niks[start..(start + 100)].Select((nik, i) => new { nik, purpose = $"IUMK-2026-{start + i:00000}" }).ToArray();
            using var response = await host.SendAsync(key, "query($a: [MembershipApplicantInput!]!) { membershipBatch(applicants: $a) { index membership { status } errors { code message } } }", new { a = applicants });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            responses.Append(await response.Content.ReadAsStringAsync());
        }

        for (var start = 900; start < ThousandChecks; start += 10)
        {
            var fields = Enumerable.Range(start, 10).Select(i => $"c{i}: membership(nik: \"{niks[i]}\", purpose: \"IUMK-2026-{i:00000}\") {{ status category }}");
            using var response = await host.SendAsync(key, "{ " + string.Join(' ', fields) + " }");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            responses.Append(await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(ThousandChecks, niks.Length);
        Assert.Equal(ThousandChecks, await host.CountAuditsAsync());
        Assert.Contains("\"ACTIVE\"", responses.ToString(), StringComparison.Ordinal);
        return (niks, responses.ToString());
    }

    public static string? FirstCode(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
