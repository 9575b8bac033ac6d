namespace BpjsTk.Domain.Coverage;

/// <summary>How finely the PERIOD dimension groups months.</summary>
internal enum PeriodGranularity
{
    Month,
    Quarter,
    Year,
}
