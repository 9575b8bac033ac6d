namespace BpjsTk.GraphQL.Language;

/// <summary>
/// A small process-wide cache of recently seen names, so that the same field and type names
/// across documents share one string instead of being allocated per occurrence. Lossy by design:
/// a slot holds the last name that hashed to it; reads and writes of a reference are atomic, so
/// no lock is needed.
/// </summary>
internal static class NameCache
{
    private const int SizeBits = 12;
    private const int Size = 1 << SizeBits;
    private const int MaxCachedLength = 64;
    private static readonly string?[] Slots = new string?[Size];

    /// <summary>The shared string for <paramref name="name"/> (at least one character).</summary>
    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return name.ToString();
        }
        // the length and three characters tell apart the names documents use, at a fixed cost whatever the length;
        // multiplicative hashing then mixes every bit of them into the slot's index
        var hash = ((uint)name.Length << 24) ^ ((uint)name[0] << 16) ^ ((uint)name[name.Length / 2] << 8) ^ name[^1];
        ref var slot = ref Slots[(hash * 0x9E3779B9u) >> (32 - SizeBits)];
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
