namespace BpjsTk.Schema.Coverage;

/// <summary>A key coverage rows can be grouped by.</summary>
internal enum CoverageDimension
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
}
