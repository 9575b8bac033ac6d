using BpjsTk.Data.Offices;

namespace BpjsTk.Data.Geography;

/// <summary>Kantor Wilayah (Kanwil): a regional office over one or more provinces.</summary>
public sealed class Region
{
    public int Id { get; set; }

    /// <summary>Stable upper-case code, e.g. <c>SUMBAGSEL</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Short name as the agency uses it, e.g. <c>Sumbagsel</c>.</summary>
    public required string Name { get; set; }

    /// <summary>Full Indonesian name, e.g. <c>Kantor Wilayah Sumatera Bagian Selatan</c>.</summary>
    public required string FullName { get; set; }

    public List<Province> Provinces { get; set; } = [];

    public List<Office> Offices { get; set; } = [];
}
