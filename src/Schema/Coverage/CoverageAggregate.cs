namespace BpjsTk.Schema.Coverage;

/// <summary>One GROUP BY row as the database returns it; sums are null where no figure in the group reported the measure.</summary>
internal sealed class CoverageAggregate
{
    public int? RegionId { get; set; }

    public int? ProvinceId { get; set; }

    public int? RegencyId { get; set; }

    public int? BranchId { get; set; }

    public int? SubBranchOfficeId { get; set; }

    public string? Category { get; set; }

    public int? OccupationId { get; set; }

    public string? Program { get; set; }

    public int? PartnerProgramId { get; set; }

    public int? Period { get; set; }

    public long? ActiveParticipants { get; set; }

    public long? NewParticipants { get; set; }

    public long? ActiveEmployers { get; set; }

    public long? WadahCount { get; set; }

    public double? Contributions { get; set; }

    public long? Target { get; set; }

    public long? NewParticipantsTarget { get; set; }

    public long? ActiveEmployersTarget { get; set; }

    public long? PotentialWorkforce { get; set; }

    /// <summary>The period key of the row before this one with the same keys, when the request compares with the previous period.</summary>
    public int? PreviousPeriod { get; set; }

    /// <summary>The active participants of <see cref="PreviousPeriod"/>.</summary>
    public long? PreviousActiveParticipants { get; set; }

    /// <summary>The ids of the sources behind the row, comma-separated, in no particular order.</summary>
    public string SourceIds { get; set; } = "";
}
