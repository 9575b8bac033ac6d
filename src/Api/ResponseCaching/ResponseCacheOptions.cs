namespace BpjsTk.Api.ResponseCaching;

/// <summary>The reporting response cache, bound from <c>GraphQL:ResponseCache</c>.</summary>
internal sealed class ResponseCacheOptions
{
    public const string SectionName = "GraphQL:ResponseCache";

    /// <summary>False turns the cache off: every request executes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an answer is reused (default 30 s); the cache is also emptied whenever data is written.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most bytes of answers kept per process (default 64 MiB); the least recently used go first past it.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Answers larger than this (default 1 MiB) are never cached, so one export cannot push out many dashboards.</summary>
    public int MaxEntryBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a request waits for an identical one already computing its answer (default 10 s) before it executes itself.</summary>
    public TimeSpan CoalescingWait { get; set; } = TimeSpan.FromSeconds(10);
}
