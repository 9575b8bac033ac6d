using System.Text.Json;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// One GraphQL request as a transport hands it to the engine (GraphQL-over-HTTP's request
/// parameters): the document text, the operation to run, the variables and extensions as JSON.
/// </summary>
/// <param name="Query">The document text; null when the transport sends a persisted document's id instead.</param>
/// <param name="OperationName">Which operation of the document to run; required when it has several.</param>
/// <param name="Variables">The raw variables object; coerced against the operation's definitions (spec 6.1.2).</param>
/// <param name="Extensions">The raw extensions object (e.g. a persisted query hash).</param>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    JsonElement? Variables = null,
    JsonElement? Extensions = null)
{
    /// <summary>
    /// Which operation types the transport allows; GET over HTTP allows queries only.
    /// Null allows all.
    /// </summary>
    public IReadOnlySet<Language.OperationType>? AllowedOperations { get; init; }

    /// <summary>The persisted document's id (its <see cref="DocumentHash"/>) the transport read; the host puts its text in <see cref="Query"/> before execution.</summary>
    public string? DocumentId { get; init; }

    /// <summary>Whether the response reports the operation's static cost, or only reports it without executing.</summary>
    public CostReportMode CostReport { get; init; }

    /// <summary>Per-request services and values (the caller's identity, a DbContext factory, ...), read by resolvers.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Named per-request values the host passes to resolvers (e.g. the API client).</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }
}
