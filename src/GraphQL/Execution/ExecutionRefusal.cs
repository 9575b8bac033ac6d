using System.Collections.Immutable;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// Why an <see cref="IExecutionGate"/> stopped an operation: a request error (no <c>data</c> entry) carrying
/// <paramref name="Error"/>, which should have an <c>extensions.code</c>, and values for the transport
/// (<see cref="ExecutionResult.Metadata"/>, e.g. <see cref="ExecutionMetadata.RetryAfter"/>).
/// </summary>
public sealed record ExecutionRefusal(GraphQLError Error)
{
    /// <summary>Values the transport reads from <see cref="ExecutionResult.Metadata"/>; never written to the response.</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = ImmutableDictionary<string, object?>.Empty;
}
