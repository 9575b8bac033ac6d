namespace BpjsTk.Data.Geography;

public enum RegencyKind
{
    /// <summary>Kabupaten: a rural regency.</summary>
    Kabupaten,

    /// <summary>Kota: a city.</summary>
    Kota,
}
