using System.Collections.Concurrent;

namespace BpjsTk.GraphQL.Diagnostics;

/// <summary>The first <c>capacity</c> distinct operation names seen; later names are not admitted (thread-safe).</summary>
internal sealed class OperationNameSet(int capacity)
{
    private readonly ConcurrentDictionary<string, byte> _names = new(StringComparer.Ordinal);

    public bool Admit(string name) =>
        _names.ContainsKey(name) || (_names.Count < capacity && _names.TryAdd(name, 0)) || _names.ContainsKey(name);
}
