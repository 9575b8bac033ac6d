using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.Data.Employers;
using BpjsTk.GraphQL.Types;
using BpjsTk.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BpjsTk.Schema.Tests.Employers;

[Collection(PostgresTests.Name)]
public sealed class EmployerListTests(EmployerSample sample) : IClassFixture<EmployerSample>
{
    private static readonly string[] SortFields = ["npp", "sizeClass", "jkkRiskClass", "status", "registeredOn", "industry"];

    [Fact]
    public void The_employer_filter_reaches_no_participant()
    {
        var schema = BpjsTkSchema.Build();
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<InputObjectType>([(InputObjectType)schema.Types.Single(t => t.Name == "EmployerFilterInput")]);
        while (pending.TryPop(out var input))
        {
            if (!reachable.Add(input.Name))
            {
                continue;
            }

            foreach (var field in input.Fields)
            {
                reachable.Add($"{input.Name}.{field.Name}");
                if (field.Type.NamedType() is InputObjectType next)
                {
                    pending.Push(next);
                }
            }
        }

        Assert.Contains("EmployerFilterInput.status", reachable);
        Assert.Contains("EmployerFilterInput.office", reachable);
        Assert.DoesNotContain(reachable, name => name.Contains("articipant", StringComparison.Ordinal) || name.Contains("nik", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Filtered_ordered_pages_of_employers_equal_LINQ_to_Objects_in_two_statements_a_level(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        List<Employer> employers;
        Dictionary<string, int> offices;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<BpjsTkDbContext>>().CreateDbContextAsync())
        {
            employers = await db.Employers.AsNoTracking().Include(e => e.Office).ToListAsync();
            offices = await db.Offices.Where(o => o.Code == "KC-JEMBER" || o.Code == "KC-SAMARINDA").ToDictionaryAsync(o => o.Code, o => o.Id);
        }

        var inputs = from status in Gen.Elements<EmployerStatus?>(null, EmployerStatus.Active, EmployerStatus.Inactive, EmployerStatus.Closed)
                     from risk in Gen.Choose(1, 6)
                     from contoh in Gen.Elements(true, false)
                     from before in Gen.Elements<DateOnly?>(null, new DateOnly(2019, 6, 1), new DateOnly(2024, 12, 31))
                     from count in Gen.Choose(0, 3)
                     from fields in Gen.Shuffle(SortFields)
                     from directions in Gen.ArrayOf(Gen.Elements(true, false), count)
                     from skip in Gen.Choose(0, 12)
                     from take in Gen.Choose(1, 15)
                     select (status, risk, contoh, before, keys: fields.Take(count).Zip(directions).ToArray(), skip, take);
        Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var (status, risk, contoh, before, keys, skip, take) = input;
            var filters = new List<string> { $"jkkRiskClass: {{ gte: {risk} }}" };
            if (status is { } s)
            {
                filters.Add($"status: {{ eq: {s.ToString().ToUpperInvariant()} }}");
            }

            if (contoh)
            {
                filters.Add("""name: { startsWith: "PT Contoh" }""");
            }

            if (before is { } day)
            {
                filters.Add($"registeredOn: {{ lt: \"{day:yyyy-MM-dd}\" }}");
            }

            var where = $"{{ {string.Join(", ", filters)} }}";
            var order = $"[{string.Join(", ", keys.Select(k => $"{{ {k.First}: {(k.Second ? "DESC" : "ASC")} }}"))}]";
            var arguments = $"where: {where}, order: {order}, skip: {skip}, take: {take}";
            var expected = employers
                .Where(e => e.JkkRiskClass >= risk && (status is null || e.Status == status) && (!contoh || e.Name.StartsWith("PT Contoh", StringComparison.Ordinal)) && (before is null || e.RegisteredOn < before))
                .Order(Comparer<Employer>.Create((a, b) => Compare(a, b, keys)))
                .ToList();

            var root = Run(host, $"{{ employers({arguments}) {{ totalCount items {{ npp }} }} }}").GetProperty("employers");
            Assert.Equal(2, host.Statements.Statements.Count);
            Assert.Equal(expected.Count, root.GetProperty("totalCount").GetInt32());
            Assert.Equal(expected.Skip(skip).Take(take).Select(e => e.Npp), Npps(root));

            var branches = Run(host, $$"""{ branches(where: { code: { in: ["KC-JEMBER", "KC-SAMARINDA"] } }) { nodes { code employers({{arguments}}) { totalCount items { npp } } } } }""")
                .GetProperty("branches").GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(2, host.Statements.Statements.Count);
            Assert.Equal(2, branches.Count);
            foreach (var branch in branches)
            {
                var mine = expected.Where(e => e.OfficeId == offices[branch.GetProperty("code").GetString()!]).ToList();
                Assert.Equal(mine.Count, branch.GetProperty("employers").GetProperty("totalCount").GetInt32());
                Assert.Equal(mine.Skip(skip).Take(take).Select(e => e.Npp), Npps(branch.GetProperty("employers")));
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Employers_filter_and_sort_by_their_office_and_regency(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var json = Run(host, """
            {
              employers(where: { office: { code: { eq: "KCP-LUMAJANG" } }, regency: { code: { eq: "35.08" } } }, order: [{ office: { code: DESC } }, { npp: DESC }], take: 3) {
                totalCount items { npp office { code } }
              }
            }
            """).GetProperty("employers");
        // the count, the page, and one batched load of the offices
        Assert.Equal(3, host.Statements.Statements.Count);
        Assert.Equal(19, json.GetProperty("totalCount").GetInt32());
        Assert.Equal(["99110035", "99110033", "99110031"], Npps(json));
        Assert.All(json.GetProperty("items").EnumerateArray(), e => Assert.Equal("KCP-LUMAJANG", e.GetProperty("office").GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task An_unknown_status_in_the_filter_is_a_validation_error_and_runs_no_SQL(DatabaseProvider provider)
    {
        var host = await sample.GetAsync(provider);
        var json = await host.RunAsync("""{ branches { nodes { employers(where: { status: { eq: SUSPENDED } }) { totalCount } } } }""", cost: null);
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("SUSPENDED", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(host.Statements.Statements);
    }

    [Theory]
    [InlineData("employers(take: 501)", "PAGING_MAX_EXCEEDED")]
    [InlineData("employers(take: 0)", "PAGING_INVALID_ARGUMENT")]
    [InlineData("employers(skip: -1)", "PAGING_INVALID_ARGUMENT")]
    public async Task A_page_outside_the_limits_gets_the_same_code_as_on_every_other_list(string field, string code)
    {
        var host = await sample.GetAsync(DatabaseProvider.Sqlite);
        var json = await host.RunAsync($$"""{ {{field}} { totalCount } }""", cost: null);
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(host.Statements.Statements);
    }

    private static JsonElement Run(SampleHost host, string query)
    {
        var root = host.RunAsync(query, cost: null).GetAwaiter().GetResult();
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data");
    }

    private static List<string> Npps(JsonElement segment) =>
        segment.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("npp").GetString()!).ToList();

    // the order the lists promise: each client key in its direction, NPP when the client gives none, then the key
    private static int Compare(Employer a, Employer b, (string Field, bool Descending)[] keys)
    {
        foreach (var (field, descending) in keys)
        {
            var result = field switch
            {
                "sizeClass" => string.CompareOrdinal(a.SizeClass.ToString(), b.SizeClass.ToString()),
                "status" => string.CompareOrdinal(a.Status.ToString(), b.Status.ToString()),
                "jkkRiskClass" => a.JkkRiskClass.CompareTo(b.JkkRiskClass),
                "registeredOn" => a.RegisteredOn.CompareTo(b.RegisteredOn),
                "industry" => string.CompareOrdinal(a.Industry, b.Industry),
                _ => string.CompareOrdinal(a.Npp, b.Npp),
            };
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        var byNpp = keys.Length == 0 ? string.CompareOrdinal(a.Npp, b.Npp) : 0;
        return byNpp != 0 ? byNpp : a.Id.CompareTo(b.Id);
    }
}
