namespace BpjsTk.Data.Synthetic;

/// <summary>
/// KPJ, NPP and NIB numbers: row <c>i</c> maps to <c>first + (i * step + offset) mod span</c>, a bijection on the span
/// (the step shares no factor with it), so numbers are unique without being sequential and need no look-up.
/// </summary>
internal sealed class SyntheticIdentifiers(int seed)
{
    private const long KpjFirst = 10_000_000_000;
    private const long NppFirst = 10_000_000;
    private const long NibFirst = 1_000_000_000_000;

    // Primes other than 2, 3 and 5, the only factors of the spans (9 * 10^n).
    private const long KpjStep = 1_000_003;
    private const long NppStep = 7_919;
    private const long NibStep = 1_000_003;

    private readonly long _kpjOffset = Offset(seed, 1, 9 * KpjFirst);
    private readonly long _nppOffset = Offset(seed, 2, 9 * NppFirst);
    private readonly long _nibOffset = Offset(seed, 3, 9 * NibFirst);

    /// <summary>11 digits.</summary>
    public string Kpj(long participantIndex) => Number(participantIndex, KpjFirst, KpjStep, _kpjOffset);

    /// <summary>8 digits.</summary>
    public string Npp(long employerIndex) => Number(employerIndex, NppFirst, NppStep, _nppOffset);

    /// <summary>13 digits.</summary>
    public string Nib(long employerIndex) => Number(employerIndex, NibFirst, NibStep, _nibOffset);

    private static string Number(long index, long first, long step, long offset)
    {
        var span = 9 * first;
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, span);
        var value = first + (long)((((UInt128)(ulong)index * (ulong)step) + (ulong)offset) % (ulong)span);
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long Offset(int seed, int which, long span) =>
        (long)(new SyntheticRandom(seed, SyntheticStream.Identifiers, which).NextUInt64() % (ulong)span);
}
