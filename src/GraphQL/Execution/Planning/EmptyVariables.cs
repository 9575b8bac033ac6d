using System.Collections.Frozen;

namespace BpjsTk.GraphQL.Execution.Planning;

/// <summary>The variable values of an operation that defines none.</summary>
internal static class EmptyVariables
{
    public static IReadOnlyDictionary<string, object?> Instance { get; } = FrozenDictionary<string, object?>.Empty;
}
