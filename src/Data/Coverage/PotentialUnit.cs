namespace BpjsTk.Data.Coverage;

/// <summary>What a potential counts: workers who could be covered, or units that could enrol them.</summary>
public enum PotentialUnit
{
    Workers,
    Employers,
    Cooperatives,

    /// <summary>Usaha mikro, kecil dan menengah (UMKM).</summary>
    MicroSmallMediumEnterprises,
}
