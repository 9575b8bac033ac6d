namespace BpjsTk.Schema.Coverage;

/// <summary>
/// One figure, target or potential with every dimension resolved (an office's figure gets its region, branch...),
/// plus the grouping keys the request asked for (null where not grouped). Read through <see cref="CoverageFactSql"/>.
/// </summary>
internal sealed class CoverageFact
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

    public int Period { get; set; }

    public int? KeyRegionId { get; set; }

    public int? KeyProvinceId { get; set; }

    public int? KeyRegencyId { get; set; }

    public int? KeyBranchId { get; set; }

    public int? KeySubBranchOfficeId { get; set; }

    public string? KeyCategory { get; set; }

    public int? KeyOccupationId { get; set; }

    public string? KeyProgram { get; set; }

    public int? KeyPartnerProgramId { get; set; }

    public int? KeyPeriod { get; set; }

    public long? ActiveParticipants { get; set; }

    public long? NewParticipants { get; set; }

    public long? ActiveEmployers { get; set; }

    public long? WadahCount { get; set; }

    public double? Contributions { get; set; }

    public long? TargetActiveParticipants { get; set; }

    public long? TargetNewParticipants { get; set; }

    public long? TargetActiveEmployers { get; set; }

    public long? PotentialWorkforce { get; set; }

    public int SourceId { get; set; }
}
