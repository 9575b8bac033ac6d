using BpjsTk.Data.Geography;

namespace BpjsTk.Data.Offices;

/// <summary>A service office: a branch or a pioneer office. One table, so figures and employers reference one kind of office.</summary>
public abstract class Office
{
    public int Id { get; set; }

    /// <summary>Stable code, e.g. <c>KC-JEMBER</c> or <c>KCP-LUMAJANG</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Name as the agency writes it, e.g. <c>Kantor Cabang Jember</c>.</summary>
    public required string Name { get; set; }

    /// <summary>Town the office sits in, e.g. <c>Jember</c>.</summary>
    public required string Town { get; set; }

    public OfficeKind Kind { get; protected set; }

    /// <summary>The regional office over it (for a KCP, the region of its branch).</summary>
    public int RegionId { get; set; }

    public Region? Region { get; set; }

    /// <summary>The regency the office building is in.</summary>
    public int RegencyId { get; set; }

    public Regency? Regency { get; set; }

    public List<OfficeRegencyAssignment> RegencyAssignments { get; set; } = [];
}
