using BpjsTk.Api.TrustedDocuments;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Utilities.CostAnalysis;
using BpjsTk.GraphQL.Validation;
using BpjsTk.Schema;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>
/// Limits and production switches of the GraphQL endpoint, bound from the <c>GraphQL</c> configuration section.
/// The switches left null take the environment's default after binding: on in Development, off elsewhere.
/// </summary>
internal sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>The largest request body (after gzip decoding) or GET query string accepted, in bytes; larger requests get 413.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>How long one request may execute before it is cancelled and answered with a timeout error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How deeply the request's JSON (variables, extensions) may nest; guards the stack against hostile input.</summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>
    /// Whether <c>__schema</c>/<c>__type</c> and the SDL endpoints answer; when off, field suggestions ("Did you mean")
    /// leave every error message too. Null: on in Development only.
    /// </summary>
    public bool? Introspection { get; set; }

    /// <summary>Whether masked resolver errors carry the exception's type, message and stack trace. Null: on in Development only.</summary>
    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>The highest static field cost an operation may have (<c>MAX_COST_EXCEEDED</c> above it).</summary>
    public double MaxCost { get; set; } = BpjsTkSchema.Cost.MaxCost;

    /// <summary>The deepest field nesting an operation may have (<c>MAX_DEPTH_EXCEEDED</c> beyond it).</summary>
    public int MaxDepth { get; set; } = OperationLimitsOptions.Default.MaxDepth;

    /// <summary>Persisted (trusted) documents: where they are and whether arbitrary documents are still accepted.</summary>
    public TrustedDocumentOptions TrustedDocuments { get; set; } = new();

    /// <summary>The engine's options these settings give, resolvers getting <paramref name="services"/>.</summary>
    public ExecutionOptions ToExecutionOptions(IServiceProvider services)
    {
        var introspection = Introspection is true;
        return ExecutionOptions.Default with
        {
            AllowIntrospection = introspection,
            IncludeExceptionDetails = IncludeExceptionDetails is true,
            Validation = ValidationOptions.Default with { IncludeSuggestions = introspection },
            Cost = BpjsTkSchema.Cost with { MaxCost = MaxCost },
            OperationLimits = OperationLimitsOptions.Default with { MaxDepth = MaxDepth },
            // the endpoint enforces ExecutionTimeout itself (504 or 200 by media type); a second timer in the engine would race it
            ExecutionTimeout = Timeout.InfiniteTimeSpan,
            Services = services,
        };
    }
}
