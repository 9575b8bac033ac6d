using BpjsTk.Data;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Coverage;

/// <summary>
/// Stocks (active participants, active employers) are read at each slice's last reported month within the period;
/// flows (new participants, contributions) are summed over it. Data: <see cref="MonthlyFigures"/>.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class StockAndFlowTests(MonthlyFigures monthly) : IClassFixture<MonthlyFigures>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_year_counts_the_active_participants_of_each_slice_last_month_and_sums_the_new_ones(DatabaseProvider provider)
    {
        var host = await monthly.GetAsync(provider);
        var result = await host.ExecuteAsync($$"""
            { coverage(groupBy: [BRANCH, PERIOD], where: { branchCodes: ["{{MonthlyFigures.BranchCode}}"], from: "2019", to: "2019" }) {
                items { period activeParticipants newParticipants activeEmployers contributions } } }
            """);

        // BPU in December (2,200) + PU in September, its last month (5,090); new: 12 x 100 + 9 x 10
        Assert.Contains("\"activeParticipants\": 7290", result, StringComparison.Ordinal);
        Assert.Contains("\"newParticipants\": 1290", result, StringComparison.Ordinal);
        Assert.Contains("\"activeEmployers\": 20,", result, StringComparison.Ordinal);

        // (1,100 + ... + 2,200) x Rp16,800
        Assert.Contains("\"contributions\": 332640000", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Quarters_take_their_own_last_month_and_a_slice_that_stopped_reporting_drops_out(DatabaseProvider provider)
    {
        var host = await monthly.GetAsync(provider);
        var result = await host.ExecuteAsync($$"""
            { coverage(groupBy: [BRANCH, PERIOD], granularity: QUARTER, where: { branchCodes: ["{{MonthlyFigures.BranchCode}}"], from: "2019", to: "2019" }, order: [{ field: PERIOD }]) {
                items { period activeParticipants newParticipants activeEmployers } } }
            """);

        Assert.Equal(
            ["2019-Q1 6330 330 20", "2019-Q2 6660 330 20", "2019-Q3 6990 330 20", "2019-Q4 2200 300 null"],
            Rows(result));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_range_without_period_grouping_ends_at_its_last_month(DatabaseProvider provider)
    {
        var host = await monthly.GetAsync(provider);
        var result = await host.ExecuteAsync($$"""
            { coverage(groupBy: [BRANCH, CATEGORY], where: { branchCodes: ["{{MonthlyFigures.BranchCode}}"], from: "2019-02", to: "2019-06" }, order: [{ field: CATEGORY }]) {
                items { category activeParticipants newParticipants } } }
            """);

        Assert.Equal(["BPU 1600 500", "PU 5060 50"], Rows(result));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Months_are_reported_as_they_are(DatabaseProvider provider)
    {
        var host = await monthly.GetAsync(provider);
        var result = await host.ExecuteAsync($$"""
            { coverage(groupBy: [BRANCH, PERIOD], granularity: MONTH, where: { branchCodes: ["{{MonthlyFigures.BranchCode}}"], from: "2019-09", to: "2019-10" }, order: [{ field: PERIOD }]) {
                items { period activeParticipants newParticipants activeEmployers } } }
            """);

        Assert.Equal(["2019-09 6990 110 20", "2019-10 2000 100 null"], Rows(result));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task The_change_from_the_month_before_the_range_comes_in_the_same_statement(DatabaseProvider provider)
    {
        var host = await monthly.GetAsync(provider);
        var result = await host.ExecuteAsync($$"""
            { coverage(groupBy: [BRANCH, PERIOD], granularity: MONTH, where: { branchCodes: ["{{MonthlyFigures.BranchCode}}"], from: "2019-09", to: "2019-10" }, order: [{ field: PERIOD }]) {
                items { period activeParticipants changeFromPreviousPeriod { previousPeriod absolute } } } }
            """);

        // August: BPU 1,800 + PU 5,080; September: 1,900 + 5,090; October: BPU 2,000 only
        Assert.Equal(["2019-09 6990 2019-08 110", "2019-10 2000 2019-09 -4990"], Changes(result));
        Assert.Single(host.Statements.Statements);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_range_that_cuts_a_quarter_compares_with_the_same_range_a_quarter_earlier(DatabaseProvider provider)
    {
        var host = await monthly.GetAsync(provider);
        var result = await host.ExecuteAsync($$"""
            { coverage(groupBy: [BRANCH, PERIOD], granularity: QUARTER, where: { branchCodes: ["{{MonthlyFigures.BranchCode}}"], from: "2019-05", to: "2019-09" }, order: [{ field: PERIOD }]) {
                items { period activeParticipants changeFromPreviousPeriod { previousPeriod absolute } } } }
            """);

        // Q2 is May-June against February-March (March: 1,300 + 5,030); Q3 against April-June
        Assert.Equal(["2019-Q2 6660 2019-Q1 330", "2019-Q3 6990 2019-Q2 330"], Changes(result));
        Assert.Equal(2, host.Statements.Statements.Count);
    }

    private static List<string> Changes(string result)
    {
        using var document = System.Text.Json.JsonDocument.Parse(result);
        return [.. document.RootElement.GetProperty("data").GetProperty("coverage").GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("changeFromPreviousPeriod") is { ValueKind: System.Text.Json.JsonValueKind.Object } change
                ? $"{i.GetProperty("period")} {i.GetProperty("activeParticipants")} {change.GetProperty("previousPeriod")} {change.GetProperty("absolute")}"
                : $"{i.GetProperty("period")} {i.GetProperty("activeParticipants")} -")];
    }

    private static List<string> Rows(string result)
    {
        using var document = System.Text.Json.JsonDocument.Parse(result);
        return [.. document.RootElement.GetProperty("data").GetProperty("coverage").GetProperty("items").EnumerateArray()
            .Select(i => string.Join(' ', i.EnumerateObject().Select(p => p.Value.ToString() is { Length: > 0 } text ? text : "null")))];
    }
}
