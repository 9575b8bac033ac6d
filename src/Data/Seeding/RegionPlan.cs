namespace BpjsTk.Data.Seeding;

/// <summary>
/// The 11 regional offices and the provinces each one covers. The region names are the agency's; the
/// province-to-region assignment is illustrative (see docs/data-model.md).
/// </summary>
public static class RegionPlan
{
    public static IReadOnlyList<PlannedRegion> Regions { get; } =
    [
        new("SUMBAGUT", "Sumbagut", "Kantor Wilayah Sumatera Bagian Utara", ["11", "12"]),
        new("SUMBARRIAU", "Sumbarriau", "Kantor Wilayah Sumatera Barat dan Riau", ["13", "14", "21"]),
        new("SUMBAGSEL", "Sumbagsel", "Kantor Wilayah Sumatera Bagian Selatan", ["15", "16", "17", "18", "19"]),
        new("DKI-JAKARTA", "DKI Jakarta", "Kantor Wilayah DKI Jakarta", ["31"]),
        new("BANTEN", "Banten", "Kantor Wilayah Banten", ["36"]),
        new("JAWA-BARAT", "Jawa Barat", "Kantor Wilayah Jawa Barat", ["32"]),
        new("JAWA-TENGAH-DIY", "Jawa Tengah & DIY", "Kantor Wilayah Jawa Tengah dan DI Yogyakarta", ["33", "34"]),
        new("JAWA-TIMUR", "Jawa Timur", "Kantor Wilayah Jawa Timur", ["35"]),
        new("BANUSPA", "Banuspa", "Kantor Wilayah Bali, Nusa Tenggara dan Papua", ["51", "52", "53", "91", "92", "93", "94", "95", "96"]),
        new("KALIMANTAN", "Kalimantan", "Kantor Wilayah Kalimantan", ["61", "62", "63", "64", "65"]),
        new("SULAMA", "Sulama", "Kantor Wilayah Sulawesi dan Maluku", ["71", "72", "73", "74", "75", "76", "81", "82"]),
    ];

    public static PlannedRegion ForProvince(string provinceCode) =>
        Regions.FirstOrDefault(region => region.ProvinceCodes.Contains(provinceCode))
        ?? throw new InvalidOperationException($"Province {provinceCode} has no region.");
}
