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

    /// <summary>The hash <see cref="Get"/> expects, one character at a time, so the lexer can take it while scanning a name.</summary>
    public static uint Step(uint hash, char c) => (hash * 31) + c;

    public static uint Hash(ReadOnlySpan<char> name)
    {
        var hash = 0u;
        foreach (var c in name)
        {
            hash = Step(hash, c);
        }
        return hash;
    }

    /// <summary>The shared string for <paramref name="name"/>, whose <see cref="Hash"/> is <paramref name="hash"/>.</summary>
    public static string Get(ReadOnlySpan<char> name, uint hash)
    {
        if (name.Length > MaxCachedLength)
        {
            return name.ToString();
        }
        // multiplicative hashing: the top bits of the product mix every bit of the hash
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
