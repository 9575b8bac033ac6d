using FsCheck;
using FsCheck.Fluent;

namespace BpjsTk.GraphQL.Tests.Data;

public sealed class DataPropertyTests
{
    private static readonly string[] Prefixes = ["", "a", "b", "ka", "s"];

    [Fact]
    public void Random_filter_sort_and_page_equal_the_same_query_in_LINQ_to_Objects()
    {
        var towns = Gen.Choose(0, 30).SelectMany(count => Gen.ArrayOf(TownGen(), count));
        var inputs = from rows in towns
                     from prefix in Gen.Elements(Prefixes)
                     from minimum in Gen.Choose(0, 1000)
                     from kind in Gen.Elements<TownKind?>(null, TownKind.City, TownKind.Village)
                     from downward in Gen.Elements(true, false)
                     from first in Gen.Choose(0, 12)
                     from skip in Gen.Choose(0, 5)
                     select (rows, prefix, minimum, kind, downward, first, skip);
        Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var (rows, prefix, minimum, kind, downward, first, skip) = input;
            var country = new Country { Id = 1, Name = "X", Towns = [.. rows.Select((t, i) => { t.Id = i + 1; return t; })] };
            var data = new DataSchema([country]);
            var kindFilter = kind is null ? string.Empty : $", kind: {{ eq: {(kind == TownKind.City ? "CITY" : "VILLAGE")} }}";
            var direction = downward ? "DESC" : "ASC";
            var query = $$"""{ townSegment(skip: {{skip}}, take: {{first}}, where: { name: { startsWith: "{{prefix}}" }, population: { gte: {{minimum}} }{{kindFilter}} }, order: [{ population: {{direction}} }]) { items { id } } }""";
            var json = data.RunAsync(query).GetAwaiter().GetResult();
            var actual = json.GetProperty("data").GetProperty("townSegment").GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToList();

            var filtered = country.Towns.Where(t => t.Name.StartsWith(prefix, StringComparison.Ordinal) && t.Population >= minimum && (kind is null || t.Kind == kind));
            var ordered = downward ? filtered.OrderByDescending(t => t.Population) : filtered.OrderBy(t => t.Population);
            var expected = ordered.ThenBy(t => t.Id).Skip(skip).Take(first).Select(t => t.Id).ToList();
            return expected.SequenceEqual(actual);
        }).QuickCheckThrowOnFailure();
    }

    private static Gen<Town> TownGen() =>
        from name in Gen.Elements("ambon", "bima", "banda", "kaur", "kupang", "sabang", "solok", "sorong")
        from population in Gen.Choose(0, 1000)
        from city in Gen.Elements(true, false)
        select new Town { Name = name, Population = population, Kind = city ? TownKind.City : TownKind.Village, Founded = new DateOnly(2000, 1, 1) };

}
