using System.Globalization;
using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.Data.Employers;
using BpjsTk.Data.Geography;
using BpjsTk.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Tests.Querying;

[Collection(PostgresTests.Name)]
public sealed class KeysetPagingTests(PostgresCluster cluster) : IDisposable
{
    // values whose order is the same under every collation (digits, distinct capital first letters), with NULLs and ties
    private static readonly string[] Industries = ["A Pertanian", "C Industri Pengolahan", "F Konstruksi"];
    private static readonly DateOnly[] RegistrationDays = [new(2014, 1, 1), new(2019, 6, 1), new(2024, 12, 31)];
    private static readonly string[] SortFields = ["nib", "industry", "sizeClass", "jkkRiskClass", "registeredOn", "npp"];

    private readonly GeographyDatabase _database = new(cluster);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Inserting_a_row_before_the_page_does_not_shift_the_next_page(DatabaseProvider provider)
    {
        var settings = await _database.SeededAsync(provider);
        await using var host = new GeographyQueryHost(settings);
        const string Order = "order: [{ name: ASC }]";
        var first = await host.RunAsync($"{{ regencies(first: 5, {Order}) {{ nodes {{ code }} pageInfo {{ endCursor }} }} }}");
        var cursor = first.GetProperty("data").GetProperty("regencies").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var nextPage = $$"""{ regencies(first: 5, after: "{{cursor}}", {{Order}}) { nodes { code } } }""";
        var before = Codes(await host.RunAsync(nextPage), "regencies");

        await using (var db = settings.CreateContext())
        {
            var province = await db.Provinces.OrderBy(p => p.Id).FirstAsync();
            db.Regencies.Add(new Regency { Code = "99.01", CompactCode = "9901", Name = "Kabupaten Aaa", Kind = RegencyKind.Kabupaten, ProvinceId = province.Id });
            await db.SaveChangesAsync();
        }

        var after = Codes(await host.RunAsync(nextPage), "regencies");
        var newFirst = Codes(await host.RunAsync($"{{ regencies(first: 5, {Order}) {{ nodes {{ code }} }} }}"), "regencies");
        Assert.Equal("99.01", newFirst[0]);
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Paging_forward_and_backward_over_every_row_equals_the_full_ordered_list(DatabaseProvider provider)
    {
        var settings = await _database.SeededAsync(provider);
        List<Employer> employers;
        await using (var db = settings.CreateContext())
        {
            var sample = await db.Employers.FirstAsync();
            for (var i = 0; i < 26; i++)
            {
                db.Employers.Add(new Employer
                {
                    Npp = string.Create(CultureInfo.InvariantCulture, $"9900{i:D4}"),
                    Nib = i % 3 == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"99001000{i:D5}"),
                    Name = string.Create(CultureInfo.InvariantCulture, $"PT Contoh {i}"),
                    RegencyId = sample.RegencyId,
                    OfficeId = sample.OfficeId,
                    Industry = Industries[i % Industries.Length],
                    SizeClass = (EmployerSizeClass)(i % 3),
                    JkkRiskClass = 1 + (i % 5),
                    Status = EmployerStatus.Active,
                    RegisteredOn = RegistrationDays[i % RegistrationDays.Length],
                });
            }

            await db.SaveChangesAsync();
            employers = await db.Employers.AsNoTracking().ToListAsync();
        }

        await using var host = new GeographyQueryHost(settings);
        var orders = from count in Gen.Choose(1, 3)
                     from fields in Gen.Shuffle(SortFields)
                     from directions in Gen.ArrayOf(Gen.Elements(true, false), count)
                     select fields.Take(count).Zip(directions).ToArray();
        var inputs = from order in orders
                     from size in Gen.Choose(1, 9)
                     select (order, size);
        Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var (keys, size) = input;
            var order = $"[{string.Join(", ", keys.Select(k => $"{{ {k.First}: {(k.Second ? "DESC" : "ASC")} }}"))}]";
            var expected = employers.Order(Comparer<Employer>.Create((a, b) => Compare(a, b, keys))).Select(e => e.Npp).ToList();
            var whole = Codes(Run(host, $"{{ employers(first: 500, order: {order}) {{ nodes {{ npp }} }} }}"), "employers", "npp");
            var forward = Walk(host, order, size, backward: false);
            var backward = Walk(host, order, size, backward: true);
            Assert.True(expected.SequenceEqual(whole), $"{order}\n{string.Join(",", expected)}\n{string.Join(",", whole)}");
            Assert.True(whole.SequenceEqual(forward), $"{order} {size}\n{string.Join(",", whole)}\n{string.Join(",", forward)}");
            Assert.True(whole.SequenceEqual(backward), $"{order} {size}\n{string.Join(",", whole)}\n{string.Join(",", backward)}");
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    public void Dispose() => _database.Dispose();

    private static List<string> Walk(GeographyQueryHost host, string order, int size, bool backward)
    {
        var rows = new List<string>();
        string? cursor = null;
        for (var page = 0; page < 100; page++)
        {
            var slice = backward ? $"last: {size}{(cursor is null ? string.Empty : $", before: \"{cursor}\"")}" : $"first: {size}{(cursor is null ? string.Empty : $", after: \"{cursor}\"")}";
            var json = Run(host, $"{{ employers({slice}, order: {order}) {{ nodes {{ npp }} pageInfo {{ startCursor endCursor hasNextPage hasPreviousPage }} }} }}");
            var codes = Codes(json, "employers", "npp");
            rows.InsertRange(backward ? 0 : rows.Count, codes);
            var info = json.GetProperty("data").GetProperty("employers").GetProperty("pageInfo");
            if (!info.GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean())
            {
                return rows;
            }

            cursor = info.GetProperty(backward ? "startCursor" : "endCursor").GetString();
        }

        throw new InvalidOperationException("Paging did not reach the end of the list.");
    }

    // the order the API promises: each key in its direction with NULL below every value, then the primary key
    private static int Compare(Employer a, Employer b, (string Field, bool Descending)[] keys)
    {
        foreach (var (field, descending) in keys)
        {
            var result = field switch
            {
                "nib" => string.CompareOrdinal(a.Nib, b.Nib),
                "industry" => string.CompareOrdinal(a.Industry, b.Industry),
                "sizeClass" => string.CompareOrdinal(a.SizeClass.ToString(), b.SizeClass.ToString()),
                "jkkRiskClass" => a.JkkRiskClass.CompareTo(b.JkkRiskClass),
                "registeredOn" => a.RegisteredOn.CompareTo(b.RegisteredOn),
                _ => string.CompareOrdinal(a.Npp, b.Npp),
            };
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        return a.Id.CompareTo(b.Id);
    }

    private static JsonElement Run(GeographyQueryHost host, string query) => host.RunAsync(query).GetAwaiter().GetResult();

    private static List<string> Codes(JsonElement json, string field, string property = "code") =>
        [.. json.GetProperty("data").GetProperty(field).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty(property).GetString()!)];
}
