using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BpjsTk.Benchmarks.Engine;

/// <summary>
/// Our side of bench/js/engine-compare.mjs: reads "case step seconds" lines from standard input, runs that step of
/// <see cref="EngineBenchmarks"/> in a loop for about that long and answers one JSON line with the operations done, the
/// process CPU time and wall time they took and the bytes allocated per operation. Staying alive between rounds keeps the
/// code jitted, so rounds of ours and graphql-js's can alternate at the same machine load.
/// </summary>
internal static class EngineWorker
{
    public const string Usage = "engine-worker (driven by bench/js/engine-compare.mjs over standard input)";

    public static int Run()
    {
        var benchmarks = new Dictionary<string, EngineBenchmarks>(StringComparer.Ordinal);
        while (Console.ReadLine() is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3)
            {
                continue;
            }
            if (!benchmarks.TryGetValue(parts[0], out var benchmark))
            {
                benchmark = new EngineBenchmarks { Case = parts[0] };
                benchmark.Setup();
                benchmarks[parts[0]] = benchmark;
            }
            var round = Measure(Step(benchmark, parts[1]), double.Parse(parts[2], CultureInfo.InvariantCulture));
            Console.WriteLine(JsonSerializer.Serialize(round));
        }
        return 0;
    }

    private static Action Step(EngineBenchmarks benchmark, string step) => step switch
    {
        "Parse" => () => benchmark.Parse(),
        "Validate" => () => benchmark.Validate(),
        "ExecuteWithoutCache" => () => Complete(benchmark.ExecuteWithoutCache()),
        "ExecuteWithCache" => () => Complete(benchmark.ExecuteWithCache()),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown engine benchmark step."),
    };

    private static void Complete<T>(ValueTask<T> pending)
    {
        if (!pending.IsCompletedSuccessfully)
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Runs batches, doubling while they are short, until the budget is spent; the same loop as the graphql-js side.</summary>
    private static EngineRound Measure(Action operation, double seconds)
    {
        var budget = TimeSpan.FromSeconds(seconds);
        var batch = 1L;
        var operations = 0L;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < budget)
        {
            for (var i = 0L; i < batch; i++)
            {
                operation();
            }
            operations += batch;
            if (clock.Elapsed < budget / 20)
            {
                batch *= 2;
            }
        }
        var wall = clock.Elapsed;
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new EngineRound(operations, cpu.TotalSeconds, wall.TotalSeconds, allocated / operations);
    }
}
