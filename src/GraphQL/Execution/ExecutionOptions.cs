using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Utilities.CostAnalysis;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// How a <see cref="RequestExecutor"/> parses, caches and executes requests. Every limit has a
/// default that suits a public API; docs/engine.md lists them all.
/// </summary>
public sealed record ExecutionOptions
{
    /// <summary>The defaults.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>The parser's limits for request documents (default <see cref="ParserOptions.Default"/>: 1,000,000 characters, 15,000 tokens, 200 levels).</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>The validator's rules and limits (default <see cref="ValidationOptions.Default"/>: every specified rule, 100 errors, 100,000 fragment visits, 1,000,000 field comparisons).</summary>
    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;

    /// <summary>
    /// The limits on an operation's shape checked before it runs (default <see cref="OperationLimitsOptions.Default"/>: 1,000 fields,
    /// 30 aliases, 10 directives per location, depth 15, introspection depth 20). Null turns the check off.
    /// </summary>
    public OperationLimitsOptions? OperationLimits { get; init; } = OperationLimitsOptions.Default;

    /// <summary>
    /// The static cost limit checked before an operation runs, with its variables (default <see cref="CostOptions.Default"/>:
    /// at most 1,000, lists assumed 10 long). Null turns the check off.
    /// </summary>
    public CostOptions? Cost { get; init; } = CostOptions.Default;

    /// <summary>
    /// How many parsed and validated documents are kept, least recently used dropped first (default 1,000).
    /// Documents are keyed by the SHA-256 hash of their text. Zero turns the cache off.
    /// </summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>
    /// How long one execution may run (default 30 seconds); past it the request's token is cancelled and the
    /// response carries one error with code <c>EXECUTION_TIMEOUT</c>. <see cref="Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most errors one response carries (default 100); one more error with code <c>MAX_ERRORS_EXCEEDED</c> says the rest were left out.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Checks run after the variables are coerced and the cost is checked, before the operation executes, in this order;
    /// the first refusal answers the request (default: none).
    /// </summary>
    public IReadOnlyList<IExecutionGate> Gates { get; init; } = [];

    /// <summary>The services resolvers get when a request brings none of its own (default: none).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The parent value of root fields (default null).</summary>
    public object? RootValue { get; init; }
}
