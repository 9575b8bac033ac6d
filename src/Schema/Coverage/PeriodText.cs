using System.Globalization;
using BpjsTk.Data.Periods;

namespace BpjsTk.Schema.Coverage;

/// <summary>Periods as clients write them: <c>2016</c>, <c>2016-Q4</c> or <c>2016-12</c>, each a range of months.</summary>
internal static class PeriodText
{
    public static bool TryParse(string? text, out Month first, out Month last)
    {
        first = last = default;
        if (text is null)
        {
            return false;
        }

        if (text.Length == 4 && TryYear(text, out var year))
        {
            first = new Month(year, 1);
            last = new Month(year, 12);
            return true;
        }

        if (text.Length == 7 && text[4] == '-' && TryYear(text[..4], out year))
        {
            if (text[5] is 'Q' && text[6] is >= '1' and <= '4')
            {
                first = new Month(year, ((text[6] - '1') * 3) + 1);
                last = first.AddMonths(2);
                return true;
            }

            if (int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12)
            {
                first = last = new Month(year, number);
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of a period key as the SQL computes it for <paramref name="granularity"/>.</summary>
    public static string Format(int key, PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Year => key.ToString("D4", CultureInfo.InvariantCulture),
        PeriodGranularity.Quarter => string.Create(CultureInfo.InvariantCulture, $"{key / 10:D4}-Q{key % 10}"),
        _ => Month.FromYyyymm(key).ToString(),
    };

    /// <summary>The key of the period before <paramref name="key"/> at <paramref name="granularity"/>.</summary>
    public static int Previous(int key, PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Year => key - 1,
        PeriodGranularity.Quarter => key % 10 == 1 ? ((key / 10) - 1) * 10 + 4 : key - 1,
        _ => Month.FromYyyymm(key).AddMonths(-1).ToYyyymm(),
    };

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 9999;
}
