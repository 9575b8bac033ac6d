namespace BpjsTk.GraphQL.Tests.Validation.Conformance;

/// <summary>An error graphql-js reports for a conformance case.</summary>
public sealed class ConformanceError
{
    public string Message { get; set; } = "";

    public List<ConformanceLocation> Locations { get; set; } = [];
}
