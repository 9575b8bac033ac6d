using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BpjsTk.Benchmarks.Engine;

/// <summary>Runs <see cref="EngineBenchmarks"/> (by default; <see cref="PipelineStepBenchmarks"/> with --filter *PipelineStep*) in this process (no generated project to build) and writes a JSON report.</summary>
internal static class EngineBenchmark
{
    public const string Usage = "engine [--artifacts <folder>] [BenchmarkDotNet options, e.g. --filter *Parse*]";

    public static int Run(string[] args)
    {
        var artifacts = Path.GetFullPath("BenchmarkDotNet.Artifacts");
        var index = Array.IndexOf(args, "--artifacts");
        if (index >= 0 && index + 1 < args.Length)
        {
            artifacts = Path.GetFullPath(args[index + 1]);
            args = [.. args[..index], .. args[(index + 2)..]];
        }

        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(15);
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .AddExporter(JsonExporter.Full)
            .WithArtifactsPath(artifacts);
        var summaries = BenchmarkSwitcher.FromTypes([typeof(EngineBenchmarks), typeof(PipelineStepBenchmarks)]).Run(args.Length == 0 ? ["--filter", "*.EngineBenchmarks.*"] : args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
