namespace BpjsTk.Schema.Coverage;

/// <summary>How finely the PERIOD dimension groups months.</summary>
internal enum PeriodGranularity
{
    Month,
    Quarter,
    Year,
}
