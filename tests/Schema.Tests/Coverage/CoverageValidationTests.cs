using BpjsTk.Data;

namespace BpjsTk.Schema.Tests.Coverage;

[Collection(PostgresTests.Name)]
public sealed class CoverageValidationTests(SampleSchema sample) : IClassFixture<SampleSchema>
{
    [Fact]
    public async Task A_range_ending_before_it_starts_is_an_error_naming_the_field()
    {
        var host = await sample.GetAsync(DatabaseProvider.Sqlite);
        var result = await host.ExecuteAsync("""{ coverage(groupBy: [REGION], where: { from: "2020", to: "2016-03" }) { totalCount } }""");
        Assert.Contains("\"code\": \"COVERAGE_PERIOD_RANGE\"", result, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"filter.to\"", result, StringComparison.Ordinal);
        Assert.Empty(host.Statements.Statements);
    }

    [Fact]
    public async Task Every_broken_rule_is_reported_with_its_code()
    {
        var host = await sample.GetAsync(DatabaseProvider.Sqlite);
        var result = await host.ExecuteAsync("""{ coverage(groupBy: [REGION, REGION], where: { from: "2016-13" }, take: 5000) { totalCount } }""");
        Assert.Contains("\"code\": \"COVERAGE_PAGE_SIZE\"", result, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"COVERAGE_DIMENSION_REPEATED\"", result, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"COVERAGE_PERIOD_INVALID\"", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_is_null_where_the_potential_is_unknown()
    {
        var host = await sample.GetAsync(DatabaseProvider.Sqlite);
        var result = await host.ExecuteAsync("""{ coverage(groupBy: [BRANCH, CATEGORY], where: { branchCodes: ["KC-JEMBER"], categories: [BPU] }) { items { activeParticipants coverageRate } } }""");
        Assert.Contains("\"coverageRate\": null", result, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", result, StringComparison.Ordinal);
    }
}
