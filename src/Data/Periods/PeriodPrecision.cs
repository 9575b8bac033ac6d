namespace BpjsTk.Data.Periods;

/// <summary>How precisely a source dated a figure: a month, or only a year (then filed under December).</summary>
public enum PeriodPrecision
{
    Month,
    Year,
}
