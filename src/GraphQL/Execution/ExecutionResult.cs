using System.Text.Json;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// What a request produced (spec 7.1). A request error (syntax, validation, variable coercion,
/// a limit) means execution did not start: <see cref="IsRequestError"/> is true and there is no
/// <c>data</c> entry. Otherwise <c>data</c> is present (possibly null) with any field errors.
/// </summary>
public abstract class ExecutionResult
{
    /// <summary>True when the request failed before execution began (GraphQL-over-HTTP answers 400 for these).</summary>
    public abstract bool IsRequestError { get; }

    /// <summary>The errors of the response, in the order they were raised.</summary>
    public abstract IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The operation that ran, when one was chosen.</summary>
    public abstract Language.OperationType? OperationType { get; }

    /// <summary>
    /// The schema names of the root fields the operation ran (after <c>@skip</c>/<c>@include</c>, aliases resolved),
    /// empty when execution did not start; a host uses it to decide whether an answer may be cached.
    /// </summary>
    public virtual IReadOnlyList<string> RootFields => [];

    /// <summary>The name of the operation that ran, as the document declares it; null for an anonymous operation or when execution did not start.</summary>
    public virtual string? OperationName => null;

    /// <summary>
    /// Values for the transport, never written to the response: what an <see cref="IExecutionGate"/>'s refusal set
    /// (e.g. <see cref="ExecutionMetadata.RetryAfter"/>); empty otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty;

    /// <summary>Writes the response object <c>{"errors":..., "data":..., "extensions":...}</c>.</summary>
    public abstract void WriteTo(Utf8JsonWriter writer);

    /// <summary>The response object as compact JSON text, as <see cref="WriteTo"/> writes it.</summary>
    public string ToJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
