using System.Net;
using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.Data.Seeding;
using BpjsTk.Schema.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BpjsTk.Api.Tests.Security.MembershipScenarios;

namespace BpjsTk.Api.Tests.Security;

public sealed class MembershipCheckHttpTests : IAsyncLifetime
{
    private const string JemberFisherLapsed = "3509031011780003";

    private MembershipHost _host = null!;

    public async Task InitializeAsync() => _host = await MembershipHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public Task Without_a_key_a_check_is_not_authenticated_and_its_data_is_null() => MembershipScenarios.NotAuthenticatedWithoutKeyAsync(_host);

    [Fact]
    public Task A_key_without_the_membership_scope_is_not_authorized() => MembershipScenarios.NotAuthorizedWithoutScopeAsync(_host);

    [Fact]
    public async Task An_unknown_or_revoked_key_is_refused_with_401()
    {
        using var response = await _host.SendAsync("bpjstk_000000000.not-a-real-secret", PersonQuery, new { nik = JemberTrader });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(MembershipErrorCodes.NotAuthenticated, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public Task A_revoked_key_is_refused_with_401() => MembershipScenarios.RevokedKeyIsRefusedAsync(_host);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_member_is_answered_with_status_and_cover_only(bool asApiKeyHeader)
    {
        var key = await _host.AddClientAsync("jember-dpmptsp", [ApiScopes.MembershipCheck]);

        var body = await _host.QueryAsync(key, PersonQuery, new { nik = JemberTrader }, asApiKeyHeader);

        var membership = body.GetProperty("data").GetProperty("membership");
        Assert.Equal("ACTIVE", membership.GetProperty("status").GetString());
        Assert.Equal("BPU", membership.GetProperty("category").GetString());
        Assert.Equal(["JKK", "JKM"], membership.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("2025-06", membership.GetProperty("paidThrough").GetString());
        Assert.Equal("2016-03-01", membership.GetProperty("memberSince").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Lapsed_and_unknown_people_are_inactive_and_not_found()
    {
        var key = await _host.AddClientAsync("bri-kur", [ApiScopes.MembershipCheck]);

        var lapsed = await _host.QueryAsync(key, PersonQuery, new { nik = JemberFisherLapsed });
        var unknown = await _host.QueryAsync(key, PersonQuery, new { nik = "3509011504850999" });

        Assert.Equal("INACTIVE", lapsed.GetProperty("data").GetProperty("membership").GetProperty("status").GetString());
        Assert.Equal("NOT_FOUND", unknown.GetProperty("data").GetProperty("membership").GetProperty("status").GetString());
        Assert.Equal(2, await _host.CountAuditsAsync());
    }

    [Fact]
    public Task An_applicant_outside_the_clients_regencies_is_refused_and_audited() => MembershipScenarios.RegencyRestrictionAsync(_host);

    [Fact]
    public async Task A_check_whose_audit_cannot_be_stored_is_answered_with_audit_unavailable_and_no_membership()
    {
        var key = await _host.AddClientAsync("jember-dpmptsp", [ApiScopes.MembershipCheck]);
        await using (var db = await _host.Factory.Services.GetRequiredService<IDbContextFactory<BpjsTkDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"MembershipCheckAudits\"");
        }

        using var response = await _host.SendAsync(key, PersonQuery, new { nik = JemberTrader });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("data").GetProperty("membership").ValueKind);
        Assert.Equal(MembershipErrorCodes.AuditUnavailable, FirstCode(body.RootElement));
    }

    [Fact]
    public async Task Sixteen_concurrent_clients_get_each_check_answered_as_it_is_when_asked_alone()
    {
        var key = await _host.AddClientAsync("jember-dpmptsp", [ApiScopes.MembershipCheck]);
        // The sample members (found) and well-formed NIKs of women and men born in both centuries (not found).
        var niks = SampleMembers.Participants.Select(p => p.Nik)
            .Concat(Enumerable.Range(0, 200).Select(i => $"3509{(i % 40) + 1:00}{(i % 28) + 1 + (i % 2 * 40):00}{(i % 12) + 1:00}{i % 100:00}{i + 1:0000}"))
            .ToArray();
        var alone = new Dictionary<string, string>();
        foreach (var nik in niks)
        {
            alone[nik] = (await _host.QueryAsync(key, PersonQuery, new { nik })).GetRawText();
        }

        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(client => Task.Run(async () =>
        {
            for (var i = 0; i < niks.Length; i++)
            {
                var nik = niks[(client * 37 + i) % niks.Length];
                var answer = (await _host.QueryAsync(key, PersonQuery, new { nik })).GetRawText();
                if (answer != alone[nik])
                {
                    mismatches.Add($"{nik}: {answer}");
                }
            }
        })));

        Assert.Empty(mismatches);
        Assert.DoesNotContain("errors", string.Concat(alone.Values), StringComparison.Ordinal);
        Assert.Equal(niks.Length * 17, await _host.CountAuditsAsync());
    }

    [Fact]
    public async Task Invalid_niks_are_field_errors_with_codes_never_a_500()
    {
        var key = await _host.AddClientAsync("jember-dpmptsp", [ApiScopes.MembershipCheck]);

        using var response = await _host.SendAsync(key, PersonQuery, new { nik = "9901013502850000" });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = body.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(
            [MembershipErrorCodes.NikRegencyUnknown, MembershipErrorCodes.NikBirthDateInvalid, MembershipErrorCodes.NikSerialInvalid],
            errors.Select(e => e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.All(errors, e => Assert.Equal("nik", e.GetProperty("extensions").GetProperty("field").GetString()));
    }

    [Fact]
    public async Task A_batch_answers_each_applicant_on_its_own()
    {
        var key = await _host.AddClientAsync("jember-dpmptsp", [ApiScopes.MembershipCheck]);
        const string query = "query($a: [MembershipApplicantInput!]!) { membershipBatch(applicants: $a) { index membership { status } errors { code field } } }";

        var body = await _host.QueryAsync(key, query, new
        {
            a = new[]
            {
                new { nik = JemberTrader, purpose = "IUMK-1" },
                new { nik = "35090115048A0001", purpose = "IUMK-2" },
                new { nik = "3509011504850999", purpose = "IUMK-3" },
            },
        });

        var items = body.GetProperty("data").GetProperty("membershipBatch").EnumerateArray().ToList();
        Assert.Equal("ACTIVE", items[0].GetProperty("membership").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("membership").ValueKind);
        Assert.Equal(MembershipErrorCodes.NikNotDigits, items[1].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("applicants[1].nik", items[1].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("NOT_FOUND", items[2].GetProperty("membership").GetProperty("status").GetString());
        Assert.Equal(2, await _host.CountAuditsAsync());
    }

    [Fact]
    public async Task An_employer_is_found_by_npp_with_its_active_workers()
    {
        var key = await _host.AddClientAsync("bri-kur", [ApiScopes.MembershipCheck]);

        var body = await _host.QueryAsync(key, "{ employerMembership(npp: \"35090001\", purpose: \"KUR-17\") { status activeWorkers programs } }");

        var employer = body.GetProperty("data").GetProperty("employerMembership");
        Assert.Equal("ACTIVE", employer.GetProperty("status").GetString());
        Assert.Equal(1, employer.GetProperty("activeWorkers").GetInt32());
        Assert.Equal(["JKK", "JKM", "JHT", "JP", "JKP"], employer.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task The_audit_is_readable_by_admin_only_and_holds_no_nik()
    {
        var checker = await _host.AddClientAsync("jember-dpmptsp", [ApiScopes.MembershipCheck]);
        var admin = await _host.AddClientAsync("auditor", [ApiScopes.Admin]);
        await _host.QueryAsync(checker, PersonQuery, new { nik = JemberTrader });
        const string audit = "{ membershipChecks { clientName purpose subjectKind subjectHash result } }";

        var denied = await _host.QueryAsync(checker, audit);
        var read = await _host.QueryAsync(admin, audit);

        Assert.Equal(MembershipErrorCodes.NotAuthorized, FirstCode(denied));
        var record = Assert.Single(read.GetProperty("data").GetProperty("membershipChecks").EnumerateArray());
        Assert.Equal("jember-dpmptsp", record.GetProperty("clientName").GetString());
        Assert.Equal("IUMK-2026-0042", record.GetProperty("purpose").GetString());
        Assert.Equal("ACTIVE", record.GetProperty("result").GetString());
        Assert.Equal(64, record.GetProperty("subjectHash").GetString()!.Length);
        Assert.DoesNotContain(JemberTrader, read.GetRawText(), StringComparison.Ordinal);
    }
}
