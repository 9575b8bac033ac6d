namespace BpjsTk.Api.GraphQLHttp;

/// <summary>Limits of the GraphQL-over-HTTP endpoint, bound from the <c>GraphQL</c> configuration section.</summary>
internal sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>The largest request body (or GET query string) accepted, in bytes; larger requests get 413.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>How long one request may execute before it is cancelled and answered with a timeout error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How deeply the request's JSON (variables, extensions) may nest; guards the stack against hostile input.</summary>
    public int MaxJsonDepth { get; set; } = 64;
}
