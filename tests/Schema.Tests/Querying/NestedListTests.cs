using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Querying;

[Collection(PostgresTests.Name)]
public sealed class NestedListTests(SampleSchema sample) : IClassFixture<SampleSchema>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_list_with_three_levels_of_nested_lists_runs_in_at_most_four_statements(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var json = await RunAsync(host, "{ regions(first: 50) { nodes { code provinces { code regencies { code offices { code } } } } } }");
        Assert.True(host.Statements.Statements.Count <= 4, string.Join("\n", host.Statements.Statements));
        var regions = json.GetProperty("data").GetProperty("regions").GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(regions.Count > 1);
        var jember = regions.SelectMany(r => r.GetProperty("provinces").EnumerateArray())
            .SelectMany(p => p.GetProperty("regencies").EnumerateArray())
            .Single(r => r.GetProperty("code").GetString() == "35.09");
        Assert.Contains(jember.GetProperty("offices").EnumerateArray(), o => o.GetProperty("code").GetString() == "KC-JEMBER");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Nested_lists_filter_and_sort_in_one_statement_per_level(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var json = await RunAsync(host, """
            {
              regions(first: 50) {
                nodes {
                  code
                  provinces(where: { code: { in: ["35", "33"] } }, order: [{ name: DESC }]) {
                    code
                    cities: regencies(where: { kind: { eq: KOTA } }, order: [{ name: DESC }]) { name kind }
                    all: regencies { code }
                  }
                }
              }
            }
            """);
        // regions, provinces, and one statement for each distinct set of regency arguments: never one per parent
        Assert.Equal(4, host.Statements.Statements.Count);
        var provinces = json.GetProperty("data").GetProperty("regions").GetProperty("nodes").EnumerateArray()
            .SelectMany(r => r.GetProperty("provinces").EnumerateArray()).ToList();
        Assert.Equal(["33", "35"], provinces.Select(p => p.GetProperty("code").GetString()).Order());
        var jawaTimur = provinces.Single(p => p.GetProperty("code").GetString() == "35");
        var cities = jawaTimur.GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
        Assert.Equal(9, cities.Count);
        Assert.All(jawaTimur.GetProperty("cities").EnumerateArray(), c => Assert.Equal("KOTA", c.GetProperty("kind").GetString()));
        Assert.Equal(cities.OrderDescending(StringComparer.Ordinal), cities);
        Assert.Equal(38, jawaTimur.GetProperty("all").GetArrayLength());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Sub_branch_offices_and_partner_programmes_filter_and_sort_per_parent(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var json = await RunAsync(host, """
            {
              branches(where: { code: { eq: "KC-JEMBER" } }) { nodes { subBranchOffices(order: [{ code: DESC }]) { code } } }
              partners(first: 50) { nodes { programs(where: { status: { eq: IN_FORCE } }) { code status } } }
            }
            """);
        Assert.Equal(4, host.Statements.Statements.Count);
        var offices = json.GetProperty("data").GetProperty("branches").GetProperty("nodes")[0].GetProperty("subBranchOffices")
            .EnumerateArray().Select(o => o.GetProperty("code").GetString()!).ToList();
        Assert.Contains("KCP-LUMAJANG", offices);
        Assert.Equal(offices.OrderDescending(StringComparer.Ordinal), offices);
        var programs = json.GetProperty("data").GetProperty("partners").GetProperty("nodes").EnumerateArray()
            .SelectMany(p => p.GetProperty("programs").EnumerateArray()).ToList();
        Assert.NotEmpty(programs);
        Assert.All(programs, p => Assert.Equal("IN_FORCE", p.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Employers_of_a_page_of_offices_are_read_in_one_statement(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var json = await RunAsync(host, """
            {
              branches(where: { code: { in: ["KC-JEMBER", "KC-SAMARINDA", "KC-PALEMBANG", "KC-SURABAYA"] } }) { nodes { code employers(take: 3) { totalCount pageInfo { hasNextPage } items { npp } } } }
              subBranchOffices(where: { code: { in: ["KCP-LUMAJANG", "KCP-BONDOWOSO", "KCP-REMBANG"] } }) { nodes { code employers(skip: 0, take: 2) { items { npp } } } }
            }
            """);
        // branches, pioneer offices, and one statement for each distinct skip/take: never one per office
        Assert.Equal(4, host.Statements.Statements.Count);
        var branches = json.GetProperty("data").GetProperty("branches").GetProperty("nodes").EnumerateArray().ToDictionary(b => b.GetProperty("code").GetString()!, b => b.GetProperty("employers"));
        var jember = branches["KC-JEMBER"];
        Assert.Equal(4, jember.GetProperty("totalCount").GetInt32());
        Assert.True(jember.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(["35090001", "35090002", "35090003"], jember.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("npp").GetString()));
        Assert.Equal(["64720001"], branches["KC-SAMARINDA"].GetProperty("items").EnumerateArray().Select(e => e.GetProperty("npp").GetString()));
        Assert.Equal(4, branches.Count);
        var lumajang = json.GetProperty("data").GetProperty("subBranchOffices").GetProperty("nodes").EnumerateArray().Single(o => o.GetProperty("code").GetString() == "KCP-LUMAJANG");
        Assert.Equal(["35080001"], lumajang.GetProperty("employers").GetProperty("items").EnumerateArray().Select(e => e.GetProperty("npp").GetString()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Lists_behind_link_tables_filter_and_sort_in_one_statement_per_level(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var json = await RunAsync(host, """
            {
              regencies(where: { province: { code: { eq: "35" } } }, first: 50) {
                nodes { code kcp: offices(where: { kind: { eq: SUB_BRANCH_OFFICE } }, order: [{ code: DESC }]) { code } all: offices { code } }
              }
              partnerPrograms(first: 100) { nodes { offices(order: [{ name: DESC }]) { name } } }
              branches(first: 100) { nodes { partnerPrograms(where: { status: { eq: IN_FORCE } }, order: [{ code: DESC }]) { code status } } }
            }
            """);
        // three root lists, two regency office lists, the programmes' offices, the branches' programmes
        Assert.Equal(7, host.Statements.Statements.Count);
        var regencies = json.GetProperty("data").GetProperty("regencies").GetProperty("nodes").EnumerateArray().ToList();
        var jember = regencies.Single(r => r.GetProperty("code").GetString() == "35.09");
        Assert.Contains(jember.GetProperty("all").EnumerateArray(), o => o.GetProperty("code").GetString() == "KC-JEMBER");
        var pioneers = regencies.SelectMany(r => r.GetProperty("kcp").EnumerateArray().Select(o => o.GetProperty("code").GetString()!)).ToList();
        Assert.NotEmpty(pioneers);
        Assert.All(pioneers, code => Assert.StartsWith("KCP-", code, StringComparison.Ordinal));
        Assert.All(regencies, r => AssertDescending(r.GetProperty("kcp").EnumerateArray().Select(o => o.GetProperty("code").GetString()!).ToList()));
        Assert.All(json.GetProperty("data").GetProperty("partnerPrograms").GetProperty("nodes").EnumerateArray(),
            p => AssertDescending(p.GetProperty("offices").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToList()));
        var programs = json.GetProperty("data").GetProperty("branches").GetProperty("nodes").EnumerateArray()
            .Select(b => b.GetProperty("partnerPrograms").EnumerateArray().ToList()).ToList();
        Assert.Contains(programs, p => p.Count > 0);
        Assert.All(programs.SelectMany(p => p), p => Assert.Equal("IN_FORCE", p.GetProperty("status").GetString()));
        Assert.All(programs, p => AssertDescending(p.Select(x => x.GetProperty("code").GetString()!).ToList()));
    }

    private static void AssertDescending(List<string> values) => Assert.Equal(values.OrderDescending(StringComparer.Ordinal), values);

    // the lists asked for here cost more than the engine's default limit of 1000; statements are the point
    private static async Task<JsonElement> RunAsync(SampleHost host, string query)
    {
        var root = await host.RunAsync(query, cost: null);
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root;
    }
}
