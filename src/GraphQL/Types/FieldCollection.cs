using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BpjsTk.GraphQL.Types;

/// <summary>Fields, arguments or input fields in declaration order, with look-up by name.</summary>
public sealed class FieldCollection<T> : IReadOnlyList<T>
    where T : class, IField
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byName;

    /// <summary>Collects <paramref name="items"/>; on duplicate names the first one wins the look-up (validation reports the duplicate).</summary>
    public FieldCollection(IEnumerable<T> items)
    {
        _items = [.. items];
        _byName = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            _byName.TryAdd(item.Name, item);
        }
    }

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <summary>The item named <paramref name="name"/>; throws when there is none.</summary>
    public T this[string name] => _byName.TryGetValue(name, out var item)
        ? item
        : throw new KeyNotFoundException($"No field or argument named '{name}'.");

    /// <summary>Looks an item up by name.</summary>
    public bool TryGetField(string name, [NotNullWhen(true)] out T? field) => _byName.TryGetValue(name, out field);

    /// <summary>True when an item has this name.</summary>
    public bool ContainsField(string name) => _byName.ContainsKey(name);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
