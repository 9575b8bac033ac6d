namespace BpjsTk.Schema.Coverage;

/// <summary>What coverage rows can be ordered by: every key (areas, offices, occupations and partner programmes by name, categories and programmes by code) and every measure.</summary>
internal enum CoverageSortField
{
    Region,
    Province,
    Regency,
    Branch,
    SubBranchOffice,
    Category,
    Occupation,
    Program,
    PartnerProgram,
    Period,
    ActiveParticipants,
    NewParticipants,
    ActiveEmployers,
    Contributions,
    WadahCount,
    PotentialWorkforce,
    CoverageRate,
    Target,
    TargetAttainment,
    NewParticipantsTarget,
    NewParticipantsTargetAttainment,
    ActiveEmployersTarget,
    ActiveEmployersTargetAttainment,
    CoverageGap,
}
