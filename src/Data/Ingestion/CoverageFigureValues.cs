using BpjsTk.Data.Coverage;
using BpjsTk.Data.Periods;

namespace BpjsTk.Data.Ingestion;

/// <summary>What a correction may change on a figure, compared to tell an update from a repeat and kept in the history as JSON.</summary>
internal sealed record CoverageFigureValues(
    PeriodPrecision PeriodPrecision,
    long? ActiveParticipants,
    long? NewParticipants,
    long? ActiveEmployers,
    int? WadahCount,
    decimal? Contributions,
    decimal? CoverageRatePercent,
    bool IsApproximate,
    string? Note)
{
    public static CoverageFigureValues Of(CoverageFigure figure) => new(
        figure.PeriodPrecision,
        figure.ActiveParticipants,
        figure.NewParticipants,
        figure.ActiveEmployers,
        figure.WadahCount,
        figure.Contributions,
        figure.CoverageRatePercent,
        figure.IsApproximate,
        figure.Note);
}
