using BpjsTk.Data.Programs;

namespace BpjsTk.Schema.Coverage;

/// <summary>One flat row of a coverage report: the keys it was grouped by, the measures, and the sources behind them.</summary>
internal sealed record CoverageRow
{
    public int? RegionId { get; init; }

    public int? ProvinceId { get; init; }

    public int? RegencyId { get; init; }

    public int? BranchId { get; init; }

    public int? SubBranchOfficeId { get; init; }

    public ParticipantCategoryCode? Category { get; init; }

    public int? OccupationId { get; init; }

    public ProgramCode? Program { get; init; }

    public int? PartnerProgramId { get; init; }

    public string? Period { get; init; }

    public long? ActiveParticipants { get; init; }

    public long? NewParticipants { get; init; }

    public long? ActiveEmployers { get; init; }

    public double? Contributions { get; init; }

    public long? WadahCount { get; init; }

    public long? PotentialWorkforce { get; init; }

    /// <summary>Target of active participants.</summary>
    public long? Target { get; init; }

    public long? NewParticipantsTarget { get; init; }

    public long? ActiveEmployersTarget { get; init; }

    /// <summary>Active participants over the potential workforce; null where either is unknown.</summary>
    public double? CoverageRate => Ratio(ActiveParticipants, PotentialWorkforce);

    /// <summary>Active participants over the target; null where either is unknown.</summary>
    public double? TargetAttainment => Ratio(ActiveParticipants, Target);

    /// <summary>New participants over their target; null where either is unknown.</summary>
    public double? NewParticipantsTargetAttainment => Ratio(NewParticipants, NewParticipantsTarget);

    /// <summary>Active employers over their target; null where either is unknown.</summary>
    public double? ActiveEmployersTargetAttainment => Ratio(ActiveEmployers, ActiveEmployersTarget);

    /// <summary>Potential workforce not yet covered; null where either is unknown.</summary>
    public long? CoverageGap => PotentialWorkforce - ActiveParticipants;

    /// <summary>Active participants against the period before; null without PERIOD in groupBy or without a figure before.</summary>
    public PeriodChange? ChangeFromPreviousPeriod { get; init; }

    public IReadOnlyList<int> SourceIds { get; init; } = [];

    private static double? Ratio(long? part, long? whole) =>
        part is { } p && whole is { } w && w != 0 ? (double)p / w : null;
}
