using System.Collections.Concurrent;
using BpjsTk.GraphQL.Execution.DataLoading;
using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution.DataLoading;

public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { employers: [Employer!]!  offices: [Office!]!  names: [String!]! }
        type Employer { id: Int!  office: Office  workers: [Worker!]!  sameOffice: Office }
        type Office { id: Int!  name: String  region: Region }
        type Region { id: Int!  name: String }
        type Worker { nik: String! }
        """;

    private sealed record Employer(int Id, int OfficeId);

    private sealed record Office(int Id, string Name, int RegionId);

    private sealed record Region(int Id, string Name);

    private sealed record Worker(string Nik, int EmployerId);

    private sealed class Calls
    {
        public ConcurrentQueue<IReadOnlyList<int>> Offices { get; } = new();

        public ConcurrentQueue<IReadOnlyList<int>> Regions { get; } = new();

        public ConcurrentQueue<IReadOnlyList<int>> Workers { get; } = new();
    }

    private static Schema Build(Calls calls, int employers = 100, bool asyncBatches = false)
    {
        async ValueTask<IReadOnlyDictionary<int, Office>> LoadOffices(IReadOnlyList<int> keys, CancellationToken ct)
        {
            calls.Offices.Enqueue(keys);
            if (asyncBatches)
            {
                await Task.Delay(5, ct);
            }

            return keys.ToDictionary(k => k, k => new Office(k, $"Office {k}", k % 3));
        }

        async ValueTask<IReadOnlyDictionary<int, Region>> LoadRegions(IReadOnlyList<int> keys, CancellationToken ct)
        {
            calls.Regions.Enqueue(keys);
            if (asyncBatches)
            {
                await Task.Yield();
            }

            return keys.ToDictionary(k => k, k => new Region(k, $"Region {k}"));
        }

        ValueTask<ILookup<int, Worker>> LoadWorkers(IReadOnlyList<int> keys, CancellationToken ct)
        {
            calls.Workers.Enqueue(keys);
            var workers = keys.Where(k => k % 2 == 0).SelectMany(k => new[] { new Worker($"{k}-a", k), new Worker($"{k}-b", k) });
            return new ValueTask<ILookup<int, Worker>>(workers.ToLookup(w => w.EmployerId));
        }

        return Schema(
            Sdl,
            b => b.BindType("Employer", typeof(Employer)).BindType("Office", typeof(Office)).BindType("Region", typeof(Region)).BindType("Worker", typeof(Worker)),
            ("Query.employers", Value(Enumerable.Range(1, employers).Select(i => new Employer(i, i % 10)).ToArray())),
            ("Query.offices", Value(Enumerable.Range(0, 5).Select(i => new Office(i, $"Office {i}", i % 3)).ToArray())),
            ("Employer.office", async c => await c.BatchDataLoader<int, Office>(LoadOffices, "officeById").LoadAsync(c.Parent<Employer>().OfficeId)),
            ("Employer.sameOffice", async c => await c.BatchDataLoader<int, Office>(LoadOffices, "officeById").LoadAsync(c.Parent<Employer>().OfficeId)),
            ("Employer.workers", async c => await c.GroupDataLoader<int, Worker>(LoadWorkers, "workersByEmployer").LoadAsync(c.Parent<Employer>().Id)),
            ("Query.names", async c =>
            {
                Task<Office[]> offices;
                Task<Region>[] regions;
                using (c.DeferDispatch())
                {
                    offices = c.BatchDataLoader<int, Office>(LoadOffices, "officeById").LoadAsync([1, 2, 3]);
                    regions = [c.BatchDataLoader<int, Region>(LoadRegions, "regionById").LoadAsync(7), c.BatchDataLoader<int, Region>(LoadRegions, "regionById").LoadAsync(8)];
                }

                return (await offices).Select(o => o.Name).Concat((await Task.WhenAll(regions)).Select(r => r.Name)).ToArray();
            }),
            ("Office.region", async c => await c.BatchDataLoader<int, Region>(LoadRegions, "regionById").LoadAsync(c.Parent<Office>().RegionId)));
    }

    [Fact]
    public async Task A_hundred_parents_each_loading_a_child_make_exactly_one_batch_call()
    {
        var calls = new Calls();

        var json = await RunAsync(Build(calls), "{ employers { id office { name } } }");

        var batch = Assert.Single(calls.Offices);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (1 + i) % 10).ToArray(), batch);
        Assert.Contains("""{"id":100,"office":{"name":"Office 0"}}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_level_of_nesting_is_one_batch_per_loader_even_when_batches_are_async()
    {
        var calls = new Calls();

        var json = await RunAsync(Build(calls, asyncBatches: true), "{ employers { office { region { name } } } }");

        Assert.Single(calls.Offices);
        Assert.Equal([0, 1, 2], Assert.Single(calls.Regions).Order());
        Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loads_started_under_a_deferred_dispatch_share_one_batch_per_loader()
    {
        var calls = new Calls();

        var json = await RunAsync(Build(calls), "{ names }");

        Assert.Equal([1, 2, 3], Assert.Single(calls.Offices));
        Assert.Equal([7, 8], Assert.Single(calls.Regions));
        Assert.Contains("\"names\":[\"Office 1\",\"Office 2\",\"Office 3\",\"Region 7\",\"Region 8\"]", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sibling_branches_share_one_batch_and_each_key_is_fetched_once_per_request()
    {
        var calls = new Calls();

        await RunAsync(Build(calls), "{ employers { office { id } sameOffice { name } } again: employers { office { name } } }");

        Assert.Equal(10, Assert.Single(calls.Offices).Count);
    }

    [Fact]
    public async Task Keys_already_loaded_come_from_the_cache_without_another_batch()
    {
        var calls = new Calls();

        await RunAsync(Build(calls), "{ employers { office { region { id } } } offices { region { name } } }");

        Assert.Equal([0, 1, 2], calls.Regions.SelectMany(k => k).Order());
    }

    [Fact]
    public async Task A_group_loader_gives_each_key_its_values_and_an_empty_list_for_none()
    {
        var calls = new Calls();

        var json = await RunAsync(Build(calls, employers: 3), "{ employers { id workers { nik } } }");

        Assert.Single(calls.Workers);
        Assert.Equal("""{"data":{"employers":[{"id":1,"workers":[]},{"id":2,"workers":[{"nik":"2-a"},{"nik":"2-b"}]},{"id":3,"workers":[]}]}}""", json);
    }

    [Fact]
    public async Task A_failing_batch_fails_each_field_that_waited_on_it()
    {
        var schema = Schema(
            "type Query { a: String b: String c: String }",
            ("Query.a", async c => await c.BatchDataLoader<string, string>(Fail, "failing").LoadAsync("a")),
            ("Query.b", async c => await c.BatchDataLoader<string, string>(Fail, "failing").LoadAsync("b")),
            ("Query.c", Value("fine")));

        var result = await ExecuteAsync(schema, Prepare("{ a b c }"));

        Assert.Equal("""{"a":null,"b":null,"c":"fine"}""", Processing.NullPropagationTests.DataOf(result.ToJson()));
        Assert.Equal(2, result.Errors.Count);

        static ValueTask<IReadOnlyDictionary<string, string>> Fail(IReadOnlyList<string> keys, CancellationToken ct) =>
            throw new InvalidOperationException("offline");
    }

    [Fact]
    public async Task A_loader_class_is_created_once_per_request()
    {
        RegionNames.Calls = 0;
        RegionNames.Instances = 0;
        var schema = Schema(
            "type Query { regions: [Int!]! } extend type Query { name(id: Int!): String }",
            ("Query.regions", Value(Enumerable.Range(1, 3).ToArray())),
            ("Query.name", async c => await c.DataLoader<RegionNames>().LoadAsync(c.ArgumentValue<int>("id"))));

        var json = await RunAsync(schema, "{ a: name(id: 1) b: name(id: 2) c: name(id: 1) }");

        Assert.Equal("""{"data":{"a":"R1","b":"R2","c":"R1"}}""", json);
        Assert.Equal(1, RegionNames.Calls);
        Assert.Equal(1, RegionNames.Instances);
    }

    private sealed class RegionNames : BatchDataLoader<int, string>
    {
        public RegionNames() => Instances++;

        public static int Calls { get; set; }

        public static int Instances { get; set; }

        protected override ValueTask<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Calls++;
            return new ValueTask<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"R{k}"));
        }
    }
}
