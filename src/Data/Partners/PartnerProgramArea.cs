using BpjsTk.Data.Geography;

namespace BpjsTk.Data.Partners;

/// <summary>An area a partner programme covers: exactly one of region, province or regency.</summary>
public sealed class PartnerProgramArea
{
    public int Id { get; set; }

    public int PartnerProgramId { get; set; }

    public PartnerProgram? PartnerProgram { get; set; }

    public int? RegionId { get; set; }

    public Region? Region { get; set; }

    public int? ProvinceId { get; set; }

    public Province? Province { get; set; }

    public int? RegencyId { get; set; }

    public Regency? Regency { get; set; }
}
