namespace BpjsTk.GraphQL.Execution.DataLoading;

/// <summary>A loader as the scheduler sees it: something with pending keys to fetch in one call.</summary>
internal interface IBatchSource
{
    /// <summary>The scheduler of the request the loader belongs to.</summary>
    BatchScheduler? Scheduler { get; set; }

    /// <summary>Fetches every pending key in one batch and completes their loads.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
