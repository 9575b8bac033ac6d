using BpjsTk.Data.Offices;

namespace BpjsTk.Data.Partners;

/// <summary>An office that runs a partner programme.</summary>
public sealed class PartnerProgramOffice
{
    public int PartnerProgramId { get; set; }

    public PartnerProgram? PartnerProgram { get; set; }

    public int OfficeId { get; set; }

    public Office? Office { get; set; }
}
