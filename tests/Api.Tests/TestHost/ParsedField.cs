namespace BpjsTk.Api.Tests.TestHost;

/// <summary>A field selection; argument values are literals or <see cref="VariableReference"/>s.</summary>
internal sealed record ParsedField(string ResponseName, string Name, IReadOnlyDictionary<string, object?> Arguments, IReadOnlyList<ParsedField>? Selections);
