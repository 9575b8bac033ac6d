namespace BpjsTk.Data.Partners;

public enum PartnerProgramKind
{
    /// <summary>Koperasi enrolling its members.</summary>
    Cooperative,

    /// <summary>A bank makes membership a condition of KUR credit.</summary>
    KurCreditTieIn,

    /// <summary>Outreach through serikat pekerja.</summary>
    UnionOutreach,

    /// <summary>Outreach through Dharma Wanita Persatuan, PKK, villages.</summary>
    CommunityOutreach,

    /// <summary>A regulation such as a Perbup that requires membership.</summary>
    LocalRegulation,

    /// <summary>Where contributions can be paid: Alfamart, Indomaret, BRI Link, PT Pos, Perisai agents.</summary>
    PaymentChannel,

    /// <summary>A service point (Pojok BPJS) at a partner's premises.</summary>
    ServicePoint,

    /// <summary>An incentive for organised groups that join.</summary>
    Incentive,
}
