using System.Globalization;
using BpjsTk.Data.Periods;

namespace BpjsTk.Schema.Ingestion;

/// <summary>A period as loaders send it: a month (<c>2016-12</c>), or a year (<c>2016</c>, filed under December).</summary>
internal readonly record struct ReportedPeriod(Month Month, PeriodPrecision Precision)
{
    public static bool TryParse(string? text, out ReportedPeriod period)
    {
        period = default;
        if (text is { Length: 4 } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 9999)
        {
            period = new ReportedPeriod(Month.EndOfYear(year), PeriodPrecision.Year);
            return true;
        }

        try
        {
            period = text is { Length: 7 } ? new ReportedPeriod(Month.Parse(text), PeriodPrecision.Month) : default;
            return text is { Length: 7 };
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A period the input's validator accepted.</summary>
    public static ReportedPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period: write yyyy-MM or yyyy.");

    /// <summary>True when the period has begun by <paramref name="now"/>: a year counts from its January.</summary>
    public bool HasBegun(DateTime now) => Precision == PeriodPrecision.Year ? Month.Year <= now.Year : Month <= Month.Of(DateOnly.FromDateTime(now));

    public override string ToString() => Precision == PeriodPrecision.Year ? Month.Year.ToString("D4", CultureInfo.InvariantCulture) : Month.ToString();
}
