using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using BpjsTk.Schema.Membership;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Tests.Ingestion;

/// <summary>Employers, partners, programmes, targets and potentials loaded through the mutations, on both providers.</summary>
[Collection(PostgresTests.Name)]
public sealed class ReferenceMutationTests(PostgresCluster cluster)
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Invalid_employer_is_refused_with_each_broken_rule_naming_its_field_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);

        var result = await host.ExecuteAsync("""
            mutation {
              upsertEmployer(input: {
                npp: "3509", name: "UD Baru", regencyCode: "99.99", officeCode: "KC-JEMBER", industry: "G Perdagangan",
                sizeClass: MICRO, jkkRiskClass: 7, status: ACTIVE, registeredOn: "2999-01-01"
              }) {
                employer { npp }
                errors { __typename ... on ValidationError { code field message } }
              }
            }
            """);

        Assert.Contains("\"employer\": null", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.npp\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.regencyCode\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.jkkRiskClass\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.registeredOn\"", result, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"INGEST_UNKNOWN_CODE\"", result, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"INGEST_PERIOD_IN_FUTURE\"", result, StringComparison.Ordinal);
        await using var db = host.Database();
        Assert.False(await db.Employers.AnyAsync(e => e.Name == "UD Baru"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Employer_is_added_by_npp_a_correction_replaces_its_details_and_each_change_is_recorded_once(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);
        const string Upsert = """
            mutation {
              upsertEmployer(input: {
                npp: "35099001", nib: "9120101239001", name: "UD Kopi Rakyat", regencyCode: "35.09", officeCode: "KC-JEMBER",
                industry: "G Perdagangan", sizeClass: MICRO, jkkRiskClass: RISK, status: ACTIVE, registeredOn: "2024-05-02"
              }) { employer { npp name jkkRiskClass regency { name } office { code } } errors { __typename } }
            }
            """;

        var added = await host.ExecuteAsync(Upsert.Replace("RISK", "1", StringComparison.Ordinal));
        var corrected = await host.ExecuteAsync(Upsert.Replace("RISK", "2", StringComparison.Ordinal));
        await host.ExecuteAsync(Upsert.Replace("RISK", "2", StringComparison.Ordinal));

        Assert.Contains("\"jkkRiskClass\": 1", added, StringComparison.Ordinal);
        Assert.Contains("\"jkkRiskClass\": 2", corrected, StringComparison.Ordinal);
        Assert.Contains("\"errors\": null", corrected, StringComparison.Ordinal);
        await using var db = host.Database();
        var employer = await db.Employers.SingleAsync(e => e.Npp == "35099001");
        Assert.Equal(2, employer.JkkRiskClass);
        var changes = await db.Set<DataChange>().Where(c => c.Entity == "Employer" && c.EntityKey == "35099001").OrderBy(c => c.Id).ToListAsync();
        Assert.Equal([DataChangeAction.Inserted, DataChangeAction.Updated], changes.Select(c => c.Action));
        Assert.All(changes, c => Assert.Equal("client:" + IngestionHost.ClientName, c.ChangedBy));
        Assert.Contains("\"jkkRiskClass\":1", changes[1].OldValues, StringComparison.Ordinal);
        Assert.Contains("\"jkkRiskClass\":2", changes[1].NewValues, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Partner_programme_registered_twice_keeps_one_row_with_its_offices_and_areas(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);
        const string Register = """
            mutation {
              registerPartner(input: { code: "BPD-JATIM", name: "Bank Jatim", kind: BANK }) { partner { code } errors { __typename } }
              registerPartnerProgram(input: {
                code: "BPD-JATIM-KUR-JEMBER", name: "KUR tie-in with Bank Jatim in Jember", kind: KUR_CREDIT_TIE_IN, status: PLANNED,
                partnerCode: "BPD-JATIM", startsIn: "2017-01", description: "Planned KUR tie-in.", officeCodes: ["KC-JEMBER"], regencyCodes: ["35.09"]
              }) { partnerProgram { code partner { code } offices { code } } errors { __typename } }
            }
            """;

        await host.ExecuteAsync(Register);
        var again = await host.ExecuteAsync(Register);

        Assert.Contains("\"offices\": [\n          {\n            \"code\": \"KC-JEMBER\"", again.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        await using var db = host.Database();
        var program = await db.PartnerPrograms.Include(p => p.Offices).Include(p => p.Areas).SingleAsync(p => p.Code == "BPD-JATIM-KUR-JEMBER");
        Assert.Single(program.Offices);
        Assert.Single(program.Areas);
        Assert.Equal(1, await db.Partners.CountAsync(p => p.Code == "BPD-JATIM"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Target_set_again_for_the_same_slice_replaces_its_figure(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);
        const string Set = """
            mutation {
              setTarget(input: { officeCode: "KC-JEMBER", period: "2018", category: BPU, measure: ACTIVE_PARTICIPANTS, figure: FIGURE, sourceCode: "ANTARA-JATIM-2017-JEMBER" }) {
                target { period figure } errors { __typename }
              }
            }
            """;

        await host.ExecuteAsync(Set.Replace("FIGURE", "18000", StringComparison.Ordinal));
        var corrected = await host.ExecuteAsync(Set.Replace("FIGURE", "19000", StringComparison.Ordinal));

        Assert.Contains("\"period\": \"2018\"", corrected, StringComparison.Ordinal);
        await using var db = host.Database();
        var target = Assert.Single(await db.Targets.Where(t => t.Period == Data.Periods.Month.EndOfYear(2018)).ToListAsync());
        Assert.Equal(19000, target.Figure);
        Assert.Equal(Data.Periods.PeriodPrecision.Year, target.PeriodPrecision);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Potential_needs_exactly_one_area_and_a_count_not_negative(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.DataWrite);

        var result = await host.ExecuteAsync("""
            mutation {
              setWorkforcePotential(input: { provinceCode: "64", regencyCode: "64.72", period: "2014", category: BPU, unit: WORKERS, count: -1, isApproximate: true, sourceCode: "BISNIS-2014-KALIMANTAN" }) {
                workforcePotential { count } errors { ... on ValidationError { code field } }
              }
            }
            """);

        Assert.Contains("\"code\": \"INGEST_ONE_AREA_REQUIRED\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"input.count\"", result, StringComparison.Ordinal);
        await using var db = host.Database();
        Assert.False(await db.WorkforcePotentials.AnyAsync(w => w.Count == -1));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Caller_without_data_write_is_refused_before_anything_is_read(DatabaseProvider provider)
    {
        await using var host = await IngestionHost.CreateAsync(cluster, provider, ApiScopes.ReportsRead);

        var result = await host.ExecuteAsync("""mutation { registerPartner(input: { code: "X", name: "X", kind: BANK }) { partner { code } } }""");

        Assert.Contains("\"code\": \"AUTH_NOT_AUTHORIZED\"", result, StringComparison.Ordinal);
        Assert.Contains("\"data\": null", result, StringComparison.Ordinal);
    }
}
