using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BpjsTk.Benchmarks.Reporting;

/// <summary>
/// Runs <see cref="ReportingBenchmarks"/> in this process and, with <c>--doc</c>, writes the "Reporting" section of
/// docs/benchmarks.md: per provider and query, the direct SQL's and the API's median and their ratio.
/// </summary>
internal static class ReportingBenchmark
{
    public const string Usage = "reporting [--check | --profile] [--artifacts <folder>] [--doc docs/benchmarks.md] [BenchmarkDotNet options]";

    private const string Heading = "## Reporting: the API against direct SQL";

    public static int Run(string[] args)
    {
        if (args.Contains("--check") || args.Contains("--profile"))
        {
            return Check(profile: args.Contains("--profile"));
        }

        var artifacts = Path.GetFullPath(Take(ref args, "--artifacts") ?? "BenchmarkDotNet.Artifacts");
        var doc = Take(ref args, "--doc");
        var loadBefore = LoadAverage();
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(8);
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .AddExporter(JsonExporter.Full)
            .WithArtifactsPath(artifacts);
        var summary = BenchmarkRunner.Run<ReportingBenchmarks>(config, args);
        // a case that failed (the API's 30 s execution timeout answers 504) shows as "failed" in the table
        if (doc is not null && !summary.HasCriticalValidationErrors)
        {
            Write(doc, Section(summary, loadBefore, LoadAverage()));
        }

        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }

    // every query once through the API and once as SQL, compared row by row; with profile, three more of each with the API's statements logged
    private static int Check(bool profile)
    {
        foreach (var provider in Enum.GetValues<Data.DatabaseProvider>())
        {
            foreach (var query in ReportingBenchmarks.Queries)
            {
                var benchmark = new ReportingBenchmarks { Provider = provider, Query = query, LogStatements = profile };
                benchmark.Setup();
                Console.WriteLine($"{provider} {query}: the API and the SQL agree");
                for (var i = 0; profile && i < 3; i++)
                {
                    benchmark.Api();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider} {query}: direct SQL {benchmark.TimeSql().TotalMilliseconds:0.0} ms"));
                }

                benchmark.Cleanup();
            }
        }

        return 0;
    }

    private static string Section(Summary summary, string loadBefore, string loadAfter)
    {
        var text = new StringBuilder();
        text.AppendLine(Heading).AppendLine();
        text.AppendLine("Measured by `bench/run-reporting-bench.sh`; the figures are medians of 8 iterations after 2 warm-ups (BenchmarkDotNet, in process).");
        text.AppendLine(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min) before the run: {loadBefore}; after: {loadAfter}.").AppendLine();
        text.AppendLine("| provider | query | direct SQL | API | API / SQL |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: |");
        var cases = summary.Reports
            .GroupBy(r => (Provider: r.BenchmarkCase.Parameters["Provider"].ToString()!, Query: (string)r.BenchmarkCase.Parameters["Query"]))
            .OrderBy(g => g.Key.Provider, StringComparer.Ordinal).ThenBy(g => g.Key.Query, StringComparer.Ordinal);
        foreach (var group in cases)
        {
            var sql = Median(group, nameof(ReportingBenchmarks.DirectSql));
            var api = Median(group, nameof(ReportingBenchmarks.Api));
            var ratio = sql is null || api is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{api / sql:0.00}x");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key.Provider} | {group.Key.Query} | {Format(sql)} | {Format(api)} | {ratio} |");
        }

        return text.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double? Median(IEnumerable<BenchmarkReport> reports, string method) =>
        reports.SingleOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics?.Median;

    private static string Format(double? nanoseconds) => nanoseconds is null
        ? "failed"
        : nanoseconds >= 1e9
        ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e9:0.00} s")
        : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:0.0} ms");

    // replaces the section from its heading to the next one, or appends it
    private static void Write(string path, string section)
    {
        var doc = File.ReadAllText(path);
        var start = doc.IndexOf(Heading, StringComparison.Ordinal);
        if (start < 0)
        {
            File.WriteAllText(path, doc.TrimEnd() + "\n\n" + section);
            return;
        }

        var end = doc.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        File.WriteAllText(path, doc[..start] + section + (end < 0 ? "" : doc[end..]));
    }

    private static string? Take(ref string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0 || index + 1 >= args.Length)
        {
            return null;
        }

        var value = args[index + 1];
        args = [.. args[..index], .. args[(index + 2)..]];
        return value;
    }
}
