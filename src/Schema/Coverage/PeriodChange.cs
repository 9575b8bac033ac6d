namespace BpjsTk.Schema.Coverage;

/// <summary>Active participants of a row against the period before it.</summary>
internal sealed record PeriodChange(string PreviousPeriod, long PreviousActiveParticipants, long Absolute, double? Relative);
