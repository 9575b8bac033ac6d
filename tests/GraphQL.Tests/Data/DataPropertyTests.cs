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

    [Fact]
    public void Cursor_pages_forward_and_backward_join_into_the_full_ordered_list()
    {
        var towns = Gen.Choose(0, 25).SelectMany(count => Gen.ArrayOf(TownGen(), count));
        var inputs = from rows in towns
                     from byName in Gen.Elements(true, false)
                     from downward in Gen.Elements(true, false)
                     from size in Gen.Choose(1, 6)
                     select (rows, byName, downward, size);
        Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var (rows, byName, downward, size) = input;
            var country = new Country { Id = 1, Name = "X", Towns = [.. rows.Select((t, i) => { t.Id = i + 1; return t; })] };
            var data = new DataSchema([country]);
            var order = $"[{{ {(byName ? "name" : "kind")}: {(downward ? "DESC" : "ASC")} }}, {{ population: ASC }}]";
            var sorted = byName
                ? (downward ? country.Towns.OrderByDescending(t => t.Name, StringComparer.Ordinal) : country.Towns.OrderBy(t => t.Name, StringComparer.Ordinal))
                : (downward ? country.Towns.OrderByDescending(t => t.Kind) : country.Towns.OrderBy(t => t.Kind));
            var expected = sorted.ThenBy(t => t.Population).ThenBy(t => t.Id).Select(t => t.Id).ToList();
            return expected.SequenceEqual(Walk(data, order, size, backward: false)) && expected.SequenceEqual(Walk(data, order, size, backward: true));
        }).QuickCheckThrowOnFailure();
    }

    private static List<int> Walk(DataSchema data, string order, int size, bool backward)
    {
        var ids = new List<int>();
        var cursor = string.Empty;
        while (true)
        {
            var slice = backward ? $"last: {size}{(cursor.Length == 0 ? string.Empty : $", before: \"{cursor}\"")}" : $"first: {size}{(cursor.Length == 0 ? string.Empty : $", after: \"{cursor}\"")}";
            var json = data.RunAsync($"{{ towns({slice}, order: {order}) {{ nodes {{ id }} pageInfo {{ startCursor endCursor hasNextPage hasPreviousPage }} }} }}").GetAwaiter().GetResult();
            var connection = json.GetProperty("data").GetProperty("towns");
            ids.InsertRange(backward ? 0 : ids.Count, connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean())
            {
                return ids;
            }

            cursor = info.GetProperty(backward ? "startCursor" : "endCursor").GetString()!;
        }
    }

    private static Gen<Town> TownGen() =>
        from name in Gen.Elements("ambon", "bima", "banda", "kaur", "kupang", "sabang", "solok", "sorong")
        from population in Gen.Choose(0, 1000)
        from city in Gen.Elements(true, false)
        select new Town { Name = name, Population = population, Kind = city ? TownKind.City : TownKind.Village, Founded = new DateOnly(2000, 1, 1) };

}
