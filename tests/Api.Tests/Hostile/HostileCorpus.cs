namespace BpjsTk.Api.Tests.Hostile;

/// <summary>The hostile corpus measures the process's allocations, so it runs alone, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileCorpus
{
    public const string Name = "Hostile requests";
}
