using BpjsTk.TestSupport;

namespace BpjsTk.Api.Tests.Security;

/// <summary>The main membership scenarios over HTTP with PostgreSQL as the database.</summary>
[Collection(PostgresTests.Name)]
public sealed class PostgresMembershipTests(PostgresCluster cluster)
{
    [PostgresFact]
    public Task Checks_without_a_key_or_scope_or_with_a_revoked_key_are_refused_with_their_codes() => RunAsync(async host =>
    {
        await MembershipScenarios.NotAuthenticatedWithoutKeyAsync(host);
        await MembershipScenarios.NotAuthorizedWithoutScopeAsync(host);
        await MembershipScenarios.RevokedKeyIsRefusedAsync(host);
    });

    [PostgresFact]
    public Task An_applicant_outside_the_clients_regencies_is_refused_and_audited() => RunAsync(MembershipScenarios.RegencyRestrictionAsync);

    [PostgresFact]
    public Task Aliased_checks_count_one_each_and_the_limit_answers_429_with_a_retry_time() => RunAsync(MembershipScenarios.AliasedChecksAreRateLimitedAsync, checksPerMinute: 5);

    [PostgresFact]
    public Task A_thousand_checks_are_answered_and_audited_once_each_with_no_nik_in_responses_or_logs() => RunAsync(async host =>
    {
        var (niks, responses) = await MembershipScenarios.ThousandChecksAsync(host);

        var logs = string.Join('\n', host.Factory.Logs.Entries.Select(e => e.Message + " " + string.Join(' ', e.Values.Values)));
        Assert.DoesNotContain(niks, nik => responses.Contains(nik, StringComparison.Ordinal) || logs.Contains(nik, StringComparison.Ordinal));
    });

    private async Task RunAsync(Func<MembershipHost, Task> scenario, int checksPerMinute = 10_000)
    {
        await using var host = await MembershipHost.StartAsync(checksPerMinute, postgres: cluster);
        await scenario(host);
    }
}
