using System.Globalization;
using System.Text.RegularExpressions;

namespace BpjsTk.Data.Tests.Synthetic;

/// <summary>The NIK rules of DOMAIN.md, spelled out independently of the generator: what a reviewer would check by hand.</summary>
internal static partial class NikRules
{
    public static IReadOnlyList<string> Broken(string nik, string regencyCompactCode)
    {
        var broken = new List<string>();
        if (!SixteenDigits().IsMatch(nik))
        {
            return ["not 16 digits"];
        }

        if (!nik.StartsWith(regencyCompactCode, StringComparison.Ordinal))
        {
            broken.Add("regency code differs");
        }

        var day = int.Parse(nik.AsSpan(6, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(nik.AsSpan(8, 2), CultureInfo.InvariantCulture);
        var year = int.Parse(nik.AsSpan(10, 2), CultureInfo.InvariantCulture);
        var birthDay = day > 40 ? day - 40 : day;
        if (day is 0 or (> 31 and < 41) or > 71 || !IsRealDate(birthDay, month, year))
        {
            broken.Add("birth date is not a real date");
        }

        var serial = int.Parse(nik.AsSpan(12, 4), CultureInfo.InvariantCulture);
        if (serial is < 1 or > 9999)
        {
            broken.Add("serial outside 0001-9999");
        }

        return broken;
    }

    private static bool IsRealDate(int day, int month, int twoDigitYear) =>
        month is >= 1 and <= 12
        && (day <= DateTime.DaysInMonth(1900 + twoDigitYear, month) || day <= DateTime.DaysInMonth(2000 + twoDigitYear, month));

    [GeneratedRegex(@"^\d{16}$")]
    private static partial Regex SixteenDigits();
}
