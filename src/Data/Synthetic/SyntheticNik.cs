using System.Globalization;

namespace BpjsTk.Data.Synthetic;

/// <summary>
/// Builds valid NIKs (DOMAIN.md: regency code, district, birth day with women +40, month, two-digit year, serial 0001-9999)
/// that are unique within a regency: the participant's number within its regency is spread over (district, serial)
/// by a bijection, and the rare participants sharing both are told apart by their birth date.
/// </summary>
internal static class SyntheticNik
{
    public const int Districts = 40;

    public const int Serials = 9999;

    private const int DistrictSerialSpace = Districts * Serials;

    // Prime, so coprime with both the district-serial space and the birth slot count: both steps below are bijections.
    private const int Spread = 7919;

    private static readonly DateOnly FirstBirthDate = new(1960, 1, 1);

    private static readonly DateOnly LastBirthDate = new(2006, 12, 31);

    private static readonly int BirthDays = LastBirthDate.DayNumber - FirstBirthDate.DayNumber + 1;

    /// <summary>The NIK of the <paramref name="number"/>-th participant (from 0) living in the regency.</summary>
    public static string For(int seed, int regencyIndex, string regencyCompactCode, long number)
    {
        var group = (int)(number % DistrictSerialSpace);
        var round = number / DistrictSerialSpace;
        var offset = new SyntheticRandom(seed, SyntheticStream.Nik, -1 - regencyIndex).Next(DistrictSerialSpace);
        var scrambled = (int)(((long)group * Spread + offset) % DistrictSerialSpace);
        var district = (scrambled / Serials) + 1;
        var serial = (scrambled % Serials) + 1;

        var slots = 2L * BirthDays;
        var baseSlot = new SyntheticRandom(seed, SyntheticStream.Nik, ((long)regencyIndex * DistrictSerialSpace) + group).NextUInt64() % (ulong)slots;
        var slot = (long)((baseSlot + ((ulong)round * Spread)) % (ulong)slots);
        var isWoman = slot >= BirthDays;
        var birthDate = DateOnly.FromDayNumber(FirstBirthDate.DayNumber + (int)(slot % BirthDays));
        return Compose(regencyCompactCode, district, birthDate, isWoman, serial);
    }

    public static string Compose(string regencyCompactCode, int district, DateOnly birthDate, bool isWoman, int serial)
    {
        ArgumentNullException.ThrowIfNull(regencyCompactCode);
        var day = birthDate.Day + (isWoman ? 40 : 0);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{regencyCompactCode}{district:D2}{day:D2}{birthDate.Month:D2}{birthDate.Year % 100:D2}{serial:D4}");
    }
}
