namespace BpjsTk.GraphQL.Tests.Validation.Conformance;

/// <summary>A line and column of a conformance error.</summary>
public sealed class ConformanceLocation
{
    public int Line { get; set; }

    public int Column { get; set; }
}
