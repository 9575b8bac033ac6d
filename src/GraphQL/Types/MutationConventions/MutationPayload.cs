namespace BpjsTk.GraphQL.Types;

/// <summary>The runtime value of a generated payload type: the resolver's result, or the errors it returned.</summary>
internal sealed record MutationPayload(object? Result, IReadOnlyList<object>? Errors);
