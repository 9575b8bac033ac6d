using System.Globalization;

namespace BpjsTk.Data.Periods;

/// <summary>A calendar month, the reporting period of every figure; stored as one <c>yyyymm</c> integer.</summary>
public readonly record struct Month : IComparable<Month>
{
    public Month(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 12);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 = January ... 12 = December.</summary>
    public int Number { get; }

    /// <summary>1 to 4.</summary>
    public int Quarter => ((Number - 1) / 3) + 1;

    public DateOnly FirstDay => new(Year, Number, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public Month FirstOfQuarter => new(Year, ((Quarter - 1) * 3) + 1);

    public Month FirstOfYear => new(Year, 1);

    /// <summary>December of the year: where a figure published for a whole year is filed.</summary>
    public static Month EndOfYear(int year) => new(year, 12);

    public static Month Of(DateOnly date) => new(date.Year, date.Month);

    public static Month FromYyyymm(int value) => new(value / 100, value % 100);

    public int ToYyyymm() => (Year * 100) + Number;

    public Month AddMonths(int months)
    {
        var index = (Year * 12) + (Number - 1) + months;
        return new Month(index / 12, (index % 12) + 1);
    }

    /// <summary>Months from <paramref name="other"/> to this month (negative when this one is earlier).</summary>
    public int MonthsSince(Month other) => ((Year - other.Year) * 12) + (Number - other.Number);

    public static Month Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 7 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && year >= 1900 && number is >= 1 and <= 12)
        {
            return new Month(year, number);
        }

        throw new FormatException($"'{text}' is not a month in the form yyyy-MM.");
    }

    public int CompareTo(Month other) => ToYyyymm().CompareTo(other.ToYyyymm());

    public static bool operator <(Month left, Month right) => left.CompareTo(right) < 0;

    public static bool operator >(Month left, Month right) => left.CompareTo(right) > 0;

    public static bool operator <=(Month left, Month right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Month left, Month right) => left.CompareTo(right) >= 0;

    /// <summary>ISO 8601 year and month: <c>2016-12</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}");
}
