namespace BpjsTk.Benchmarks.Engine;

/// <summary>One timed round of one step: operations done, process CPU and wall seconds they took, bytes allocated per operation.</summary>
internal sealed record EngineRound(long Operations, double CpuSeconds, double WallSeconds, long AllocatedPerOperation);
