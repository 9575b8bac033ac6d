namespace BpjsTk.GraphQL.Execution;

/// <summary>Well-known keys of <see cref="ExecutionResult.Metadata"/> that transports understand.</summary>
public static class ExecutionMetadata
{
    /// <summary>A <see cref="TimeSpan"/>: how long the caller should wait before asking again (HTTP's Retry-After).</summary>
    public const string RetryAfter = "retryAfter";
}
