using BpjsTk.Data.Partners;
using BpjsTk.Data.Periods;

namespace BpjsTk.Data.Seeding;

/// <summary>A partner programme of the sample data, referring to its partner, source, offices and areas by code.</summary>
public sealed record PlannedPartnerProgram(
    string Code,
    string Name,
    PartnerProgramKind Kind,
    PartnerProgramStatus Status,
    string PartnerCode,
    string SourceCode,
    string Description)
{
    public string? LegalBasis { get; init; }

    public Month? StartsIn { get; init; }

    public IReadOnlyList<string> OfficeCodes { get; init; } = [];

    public IReadOnlyList<string> RegionCodes { get; init; } = [];

    public IReadOnlyList<string> ProvinceCodes { get; init; } = [];

    public IReadOnlyList<string> RegencyCodes { get; init; } = [];
}
