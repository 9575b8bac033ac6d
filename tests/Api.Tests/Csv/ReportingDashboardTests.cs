using BpjsTk.Api.GraphQLHttp;
using BpjsTk.TestSupport;

namespace BpjsTk.Api.Tests.Csv;

/// <summary>The five dashboard queries of docs/reporting.md, run on the sample data; each snapshot holds the JSON data and its CSV form.</summary>
public sealed class ReportingDashboardTests(SampleReporting sample) : IClassFixture<SampleReporting>
{
    public const string CoverageByRegion = """
        {
          coverage(groupBy: [REGION, PERIOD], where: { from: "2020", to: "2020" }, order: [{ field: ACTIVE_PARTICIPANTS, direction: DESC }]) {
            totalCount
            items { region { code name } period activeParticipants potentialWorkforce coverageRate sources { publisher } }
          }
        }
        """;

    public const string BranchMonthlyBpuTrend = """
        {
          coverage(groupBy: [BRANCH, PERIOD], granularity: MONTH, where: { branchCodes: ["KC-JEMBER"], categories: [BPU], from: "2016-01", to: "2017-12" }, order: [{ field: PERIOD }]) {
            items { branch { code } period activeParticipants target targetAttainment newParticipantsTarget changeFromPreviousPeriod { previousPeriod absolute relative } }
          }
        }
        """;

    public const string WidestCoverageGaps = """
        {
          coverage(groupBy: [PROVINCE, CATEGORY, PERIOD], where: { categories: [BPU] }, order: [{ field: COVERAGE_GAP, direction: DESC }], take: 10) {
            items { province { code name } category period potentialWorkforce activeParticipants coverageGap coverageRate sources { publisher } }
          }
        }
        """;

    public const string EnrolmentsByPartnerProgram = """
        {
          partnerPrograms(first: 50) { nodes { code kind partner { name } enrolledParticipants } }
        }
        """;

    public const string TargetAttainmentByOffice = """
        {
          coverage(groupBy: [BRANCH, CATEGORY, PERIOD], order: [{ field: TARGET_ATTAINMENT, direction: DESC }]) {
            items { branch { code name } category period activeParticipants target targetAttainment newParticipantsTarget }
          }
        }
        """;

    [Fact]
    public Task Coverage_by_region_for_a_year() => AssertReportAsync(CoverageByRegion, "SUMBAGSEL");

    [Fact]
    public Task A_branch_monthly_BPU_trend() => AssertReportAsync(BranchMonthlyBpuTrend, "19000");

    [Fact]
    public Task Widest_coverage_gaps_first() => AssertReportAsync(WidestCoverageGaps, "3460000");

    [Fact]
    public Task Participants_enrolled_through_each_partner_programme() => AssertReportAsync(EnrolmentsByPartnerProgram, "enrolledParticipants");

    [Fact]
    public Task Target_attainment_by_office() => AssertReportAsync(TargetAttainmentByOffice, "0.76");

    private async Task AssertReportAsync(string query, string expected, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        var data = await sample.ExecuteAsync(query);
        var json = SampleReporting.Print(data);
        var csv = CsvResponseWriter.Write(data);
        Assert.Contains(expected, json + csv, StringComparison.Ordinal);
        SnapshotAssert.Matches(json + "\n\n" + csv.Replace("\r\n", "\n", StringComparison.Ordinal), testName: testName);
    }
}
