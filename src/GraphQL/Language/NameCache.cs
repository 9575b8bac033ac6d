namespace BpjsTk.GraphQL.Language;

/// <summary>
/// A small process-wide cache of recently seen names, so that the same field and type names
/// across documents share one string instead of being allocated per occurrence. Lossy by design:
/// a slot holds the last name that hashed to it; reads and writes of a reference are atomic, so
/// no lock is needed.
/// </summary>
internal static class NameCache
{
    private const int Size = 4096;
    private const int MaxCachedLength = 64;
    private static readonly string?[] Slots = new string?[Size];

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return name.ToString();
        }
        var hash = (uint)name.Length;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }
        ref var slot = ref Slots[hash & (Size - 1)];
        var cached = slot;
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }
        var created = name.ToString();
        slot = created;
        return created;
    }
}
