namespace BpjsTk.Schema.Membership;

/// <summary>The parts of a NIK (Nomor Induk Kependudukan) that can be checked without a population register.</summary>
internal static class NikRules
{
    public const int Length = 16;

    public static bool HasLength(string? nik) => nik?.Length == Length;

    public static bool IsDigits(string? nik) => nik is not null && nik.All(char.IsAsciiDigit);

    public static bool IsWellFormed(string? nik) => HasLength(nik) && IsDigits(nik);

    public static bool HasKnownRegency(string nik) => NikRegencies.CurrentCode(nik.AsSpan(0, 4)) is not null;

    /// <summary>Digits 7-12 are ddmmyy; women's day has 40 added; the date must exist in 19yy or 20yy.</summary>
    public static bool HasBirthDate(string nik)
    {
        var day = int.Parse(nik.AsSpan(6, 2), provider: null);
        var month = int.Parse(nik.AsSpan(8, 2), provider: null);
        var year = int.Parse(nik.AsSpan(10, 2), provider: null);
        if (day > 40)
        {
            day -= 40;
        }

        return month is >= 1 and <= 12
            && day >= 1
            && (day <= DateTime.DaysInMonth(1900 + year, month) || day <= DateTime.DaysInMonth(2000 + year, month));
    }

    public static bool HasSerial(string nik) => !nik.AsSpan(12, 4).SequenceEqual("0000");
}
