namespace BpjsTk.Data.Synthetic;

/// <summary>
/// A counter-based random source: the values for row <c>i</c> of a stream depend only on the seed, the stream and <c>i</c>,
/// so any row can be regenerated on its own and the output never depends on the order rows are produced in.
/// Integer arithmetic only (SplitMix64), so the same seed gives the same values on every machine.
/// </summary>
internal struct SyntheticRandom
{
    private ulong _state;

    public SyntheticRandom(int seed, SyntheticStream stream, long index)
    {
        _state = Mix(Mix(((ulong)(uint)seed << 32) ^ (ulong)stream) ^ (ulong)index);
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A value in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A value in [0, <paramref name="exclusiveMax"/>).</summary>
    public int Next(int exclusiveMax) => (int)((NextUInt64() >> 32) * (ulong)exclusiveMax >> 32);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var point = NextDouble() * total;
        for (var i = 0; i < weights.Length - 1; i++)
        {
            point -= weights[i];
            if (point < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
