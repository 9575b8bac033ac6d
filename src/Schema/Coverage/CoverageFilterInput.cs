using BpjsTk.Data.Programs;

namespace BpjsTk.Schema.Coverage;

/// <summary>Which figures go into the rows: a period range and codes on any dimension (empty or null means all).</summary>
internal sealed class CoverageFilterInput
{
    /// <summary>First period, as yyyy, yyyy-Qn or yyyy-MM.</summary>
    public string? From { get; set; }

    /// <summary>Last period, as yyyy, yyyy-Qn or yyyy-MM.</summary>
    public string? To { get; set; }

    public List<string>? RegionCodes { get; set; }

    public List<string>? ProvinceCodes { get; set; }

    public List<string>? RegencyCodes { get; set; }

    public List<string>? BranchCodes { get; set; }

    public List<string>? SubBranchOfficeCodes { get; set; }

    public List<ParticipantCategoryCode>? Categories { get; set; }

    public List<string>? OccupationCodes { get; set; }

    public List<ProgramCode>? Programs { get; set; }

    public List<string>? PartnerProgramCodes { get; set; }
}
