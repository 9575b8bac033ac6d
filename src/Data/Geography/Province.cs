namespace BpjsTk.Data.Geography;

/// <summary>Provinsi, identified by its 2-digit Kemendagri code (<c>35</c> = Jawa Timur).</summary>
public sealed class Province
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public int RegionId { get; set; }

    public Region? Region { get; set; }

    public List<Regency> Regencies { get; set; } = [];
}
