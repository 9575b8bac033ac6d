using System.Globalization;

namespace BpjsTk.Data.Synthetic;

/// <summary>
/// KPJ, NPP and NIB numbers of synthetic rows. All start with <see cref="Prefix"/>, which no sample or imported number
/// uses, so synthetic rows never collide with real ones and a reset can find them. The digits after it map row
/// <c>i</c> to <c>(i * step + offset) mod 10^n</c>, a bijection (the step is coprime with 10), so numbers are unique
/// without being sequential and without a look-up.
/// </summary>
internal sealed class SyntheticIdentifiers(int seed)
{
    public const string Prefix = "00";

    private const long KpjSpan = 1_000_000_000;
    private const long NppSpan = 1_000_000;
    private const long NibSpan = 100_000_000_000;

    // Primes other than 2 and 5, the only factors of the spans.
    private const long KpjStep = 1_000_003;
    private const long NppStep = 7_919;
    private const long NibStep = 1_000_003;

    private readonly long _kpjOffset = Offset(seed, 1, KpjSpan);
    private readonly long _nppOffset = Offset(seed, 2, NppSpan);
    private readonly long _nibOffset = Offset(seed, 3, NibSpan);

    /// <summary>11 digits.</summary>
    public string Kpj(long participantIndex) => Number(participantIndex, KpjSpan, 9, KpjStep, _kpjOffset);

    /// <summary>8 digits.</summary>
    public string Npp(long employerIndex) => Number(employerIndex, NppSpan, 6, NppStep, _nppOffset);

    /// <summary>13 digits.</summary>
    public string Nib(long employerIndex) => Number(employerIndex, NibSpan, 11, NibStep, _nibOffset);

    private static string Number(long index, long span, int digits, long step, long offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, span);
        var value = (long)((((UInt128)(ulong)index * (ulong)step) + (ulong)offset) % (ulong)span);
        return Prefix + value.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static long Offset(int seed, int which, long span) =>
        (long)(new SyntheticRandom(seed, SyntheticStream.Identifiers, which).NextUInt64() % (ulong)span);
}
