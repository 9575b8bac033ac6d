using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.Data.Geography;
using BpjsTk.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Tests.Querying;

[Collection(PostgresTests.Name)]
public sealed class QueryTranslationPropertyTests(PostgresCluster cluster) : IDisposable
{
    private static readonly string[] Prefixes = ["Kabupaten", "Kota", "Kabupaten B", "Kota S", "Kabupaten Kepulauan"];
    private static readonly string[] Fragments = ["an", "ar", "Jaya", "ng", "Timur", "x"];

    private readonly GeographyDatabase _database = new(cluster);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Random_filter_sort_and_page_over_the_database_equal_LINQ_to_Objects(DatabaseProvider provider)
    {
        var settings = await _database.SeededAsync(provider);
        await using var host = new GeographyQueryHost(settings);
        List<Regency> regencies;
        await using (var db = settings.CreateContext())
        {
            regencies = await db.Regencies.AsNoTracking().Include(r => r.Province).ToListAsync();
        }

        var inputs = from prefix in Gen.Elements(Prefixes)
                     from fragment in Gen.Elements(Fragments)
                     from negate in Gen.Elements(true, false)
                     from province in Gen.Choose(1, 40)
                     from byProvince in Gen.Elements(true, false)
                     from kota in Gen.Elements<RegencyKind?>(null, RegencyKind.Kota, RegencyKind.Kabupaten)
                     from downward in Gen.Elements(true, false)
                     from first in Gen.Choose(0, 40)
                     from pages in Gen.Choose(0, 3)
                     select (prefix, fragment, negate, province, byProvince, kota, downward, first, pages);
        Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var (prefix, fragment, negate, province, byProvince, kind, downward, first, pages) = input;
            var where = $$"""{ or: [{ name: { startsWith: "{{prefix}}" } }, { name: { {{(negate ? "ncontains" : "contains")}}: "{{fragment}}" } }]{{(byProvince ? $", province: {{ id: {{ gte: {province} }} }}" : string.Empty)}}{{(kind is null ? string.Empty : $", kind: {{ eq: {kind.ToString()!.ToUpperInvariant()} }}")}} }""";
            var order = $"[{{ province: {{ code: {(downward ? "DESC" : "ASC")} }} }}, {{ kind: ASC }}]";

            var expected = regencies
                .Where(r => (r.Name.StartsWith(prefix, StringComparison.Ordinal) || (negate ? !r.Name.Contains(fragment, StringComparison.Ordinal) : r.Name.Contains(fragment, StringComparison.Ordinal)))
                    && (!byProvince || r.Province!.Id >= province)
                    && (kind is null || r.Kind == kind));
            var ordered = downward ? expected.OrderByDescending(r => r.Province!.Code, StringComparer.Ordinal) : expected.OrderBy(r => r.Province!.Code, StringComparer.Ordinal);
            var all = ordered.ThenBy(r => r.Kind).ThenBy(r => r.Id).Select(r => r.Code).ToList();

            var actual = new List<string>();
            string? after = null;
            for (var page = 0; page <= pages; page++)
            {
                var afterArgument = after is null ? string.Empty : $", after: \"{after}\"";
                var json = host.RunAsync($"{{ regencies(first: {first}{afterArgument}, where: {where}, order: {order}) {{ nodes {{ code }} pageInfo {{ endCursor hasNextPage }} }} }}").GetAwaiter().GetResult();
                var connection = json.GetProperty("data").GetProperty("regencies");
                actual.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!));
                after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
                if (after is null)
                {
                    break;
                }
            }

            return all.Take(Math.Min(all.Count, (pages + 1) * first)).SequenceEqual(actual);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    public void Dispose() => _database.Dispose();
}
