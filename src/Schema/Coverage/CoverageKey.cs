namespace BpjsTk.Schema.Coverage;

/// <summary>The grouping keys of a row, to match rows with their sources.</summary>
internal sealed record CoverageKey(
    int? RegionId,
    int? ProvinceId,
    int? RegencyId,
    int? BranchId,
    int? SubBranchOfficeId,
    string? Category,
    int? OccupationId,
    string? Program,
    int? PartnerProgramId,
    int? Period);
