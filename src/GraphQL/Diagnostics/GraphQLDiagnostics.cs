using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BpjsTk.GraphQL.Diagnostics;

/// <summary>
/// The engine's traces and metrics, published through <c>System.Diagnostics</c> so any listener (OpenTelemetry,
/// dotnet-counters) can subscribe by name. Tags carry the operation's name and type only, never its document or variables.
/// </summary>
public static class GraphQLDiagnostics
{
    /// <summary>The name of the engine's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string Name = "BpjsTk.GraphQL";

    /// <summary>OpenTelemetry's semantic convention for the operation's name.</summary>
    public const string OperationNameTag = "graphql.operation.name";

    /// <summary>OpenTelemetry's semantic convention for the operation's type (query, mutation).</summary>
    public const string OperationTypeTag = "graphql.operation.type";

    /// <summary>The tag value for a request whose operation has no name.</summary>
    public const string AnonymousOperation = "(anonymous)";

    /// <summary>The tag value once <see cref="MaxOperationNames"/> distinct names have been seen.</summary>
    public const string OtherOperation = "(other)";

    /// <summary>Distinct operation names tagged before further names are folded into <see cref="OtherOperation"/>; names are chosen by clients.</summary>
    public const int MaxOperationNames = 500;

    private static readonly OperationNameSet OperationNames = new(MaxOperationNames);

    /// <summary>Spans <c>graphql.parse</c>, <c>graphql.validate</c> and <c>graphql.execute</c>.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    internal static Meter Meter { get; } = new(Name);

    /// <summary>How long executing one operation took, in seconds, by operation name and type.</summary>
    internal static Histogram<double> ExecutionDuration { get; } = Meter.CreateHistogram<double>(
        "graphql.execution.duration", "s", "How long executing one GraphQL operation took, from resolving its first field to its finished result.");

    /// <summary>
    /// The value to tag an operation's name with: the name itself while fewer than <see cref="MaxOperationNames"/>
    /// distinct names were seen, so a client inventing names cannot grow the metrics without bound.
    /// </summary>
    public static string OperationNameTagValue(string? operationName) =>
        string.IsNullOrEmpty(operationName) ? AnonymousOperation : OperationNames.Admit(operationName) ? operationName : OtherOperation;
}
