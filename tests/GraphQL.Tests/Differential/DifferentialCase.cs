namespace BpjsTk.GraphQL.Tests.Differential;

/// <summary>One document of the corpus: its name (file/heading), text, optional variables JSON and operation name.</summary>
internal sealed record DifferentialCase(string Name, string Source, string? Variables, string? OperationName);
