using BpjsTk.Data.Partners;

namespace BpjsTk.Data.Seeding;

/// <summary>The partners and partner programmes the source articles name. A programme without areas is nationwide.</summary>
public static class PartnerCatalogue
{
    public static IReadOnlyList<Partner> Partners() =>
    [
        Partner("BRI", "PT Bank Rakyat Indonesia (Persero) Tbk", PartnerKind.Bank),
        Partner("MANDIRI", "PT Bank Mandiri (Persero) Tbk", PartnerKind.Bank),
        Partner("BNI", "PT Bank Negara Indonesia (Persero) Tbk", PartnerKind.Bank),
        Partner("BPD-KALBAR", "Bank Pembangunan Daerah Kalimantan Barat", PartnerKind.Bank),
        Partner("BPD-KALSEL", "Bank Pembangunan Daerah Kalimantan Selatan", PartnerKind.Bank),
        Partner("PEMKAB-JEMBER", "Pemerintah Kabupaten Jember", PartnerKind.LocalGovernment),
        Partner("DISNAKERTRANS-JEMBER", "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Jember", PartnerKind.LocalGovernment),
        Partner("DINAS-PASAR-KALIMANTAN", "Dinas Pasar (market offices in Kalimantan)", PartnerKind.LocalGovernment),
        Partner("WADAH-PEDAGANG-KALIMANTAN", "Organised stall vendors' groups (wadah) in Kalimantan", PartnerKind.Community),
        Partner("DWP-REMBANG", "Dharma Wanita Persatuan Kabupaten Rembang", PartnerKind.Community),
        Partner("ALFAMART", "Alfamart", PartnerKind.Retailer),
        Partner("INDOMARET", "Indomaret", PartnerKind.Retailer),
        Partner("POS-INDONESIA", "PT Pos Indonesia (Persero)", PartnerKind.Postal),
        Partner("PERISAI", "Perisai agents (Penggerak Jaminan Sosial Indonesia)", PartnerKind.AgentNetwork),
    ];

    public static IReadOnlyList<PlannedPartnerProgram> Programs() =>
    [
        new("BRI-KUR-JEMBER", "KUR credit tie-in with BRI in Jember", PartnerProgramKind.KurCreditTieIn, PartnerProgramStatus.InForce, "BRI", ArticleSources.AntaraJatim2016,
            "BRI requires BPJS Ketenagakerjaan membership of KUR (Kredit Usaha Rakyat) credit applicants.")
        {
            OfficeCodes = [OfficeNetworkPlan.JemberBranchCode], RegencyCodes = ["35.09"],
        },
        new("MANDIRI-KUR-JEMBER", "KUR credit tie-in with Bank Mandiri in Jember", PartnerProgramKind.KurCreditTieIn, PartnerProgramStatus.Planned, "MANDIRI", ArticleSources.AntaraJatim2016,
            "Planned: Bank Mandiri to require membership of KUR credit applicants, as BRI does.")
        {
            OfficeCodes = [OfficeNetworkPlan.JemberBranchCode], RegencyCodes = ["35.09"],
        },
        new("BNI-KUR-JEMBER", "KUR credit tie-in with BNI in Jember", PartnerProgramKind.KurCreditTieIn, PartnerProgramStatus.Planned, "BNI", ArticleSources.AntaraJatim2016,
            "Planned: BNI to require membership of KUR credit applicants, as BRI does.")
        {
            OfficeCodes = [OfficeNetworkPlan.JemberBranchCode], RegencyCodes = ["35.09"],
        },
        new("PERBUP-JEMBER-2-2014", "Membership as a condition of business licences in Jember", PartnerProgramKind.LocalRegulation, PartnerProgramStatus.InForce, "PEMKAB-JEMBER", ArticleSources.AntaraJatim2016,
            "Applicants for a new or extended business licence at Disperindag & ESDM Jember must be BPJS Ketenagakerjaan members.")
        {
            LegalBasis = "Peraturan Bupati Jember Nomor 2 Tahun 2014", OfficeCodes = [OfficeNetworkPlan.JemberBranchCode], RegencyCodes = ["35.09"],
        },
        new("UNION-OUTREACH-JEMBER", "Union outreach with Disnakertrans Jember", PartnerProgramKind.UnionOutreach, PartnerProgramStatus.InForce, "DISNAKERTRANS-JEMBER", ArticleSources.AntaraJatim2017,
            "Outreach to workers through serikat pekerja, together with Disnakertrans Jember, towards the year's PU and BPU targets.")
        {
            OfficeCodes = [OfficeNetworkPlan.JemberBranchCode], RegencyCodes = ["35.09"],
        },
        new("TENT-INCENTIVE-KALIMANTAN", "A tent for every 50 organised stall vendors", PartnerProgramKind.Incentive, PartnerProgramStatus.InForce, "WADAH-PEDAGANG-KALIMANTAN", ArticleSources.Bisnis2014,
            "One tent for every 50 organised stall vendors who join BPJS Ketenagakerjaan together.")
        {
            RegionCodes = ["KALIMANTAN"],
        },
        new("SERVICE-POINT-BRI-KALIMANTAN", "Service points at BRI in Kalimantan", PartnerProgramKind.ServicePoint, PartnerProgramStatus.InForce, "BRI", ArticleSources.Bisnis2014,
            "BPJS Ketenagakerjaan service points (Pojok BPJS) in BRI offices.")
        {
            RegionCodes = ["KALIMANTAN"],
        },
        new("SERVICE-POINT-BPD-KALBAR", "Service points at BPD Kalbar", PartnerProgramKind.ServicePoint, PartnerProgramStatus.InForce, "BPD-KALBAR", ArticleSources.Bisnis2014,
            "BPJS Ketenagakerjaan service points (Pojok BPJS) in Bank Kalbar offices.")
        {
            ProvinceCodes = ["61"],
        },
        new("SERVICE-POINT-BPD-KALSEL", "Service points at BPD Kalsel", PartnerProgramKind.ServicePoint, PartnerProgramStatus.InForce, "BPD-KALSEL", ArticleSources.Bisnis2014,
            "BPJS Ketenagakerjaan service points (Pojok BPJS) in Bank Kalsel offices.")
        {
            ProvinceCodes = ["63"],
        },
        new("MARKET-TRADERS-KALIMANTAN", "Market traders through Dinas Pasar", PartnerProgramKind.CommunityOutreach, PartnerProgramStatus.InForce, "DINAS-PASAR-KALIMANTAN", ArticleSources.Bisnis2014,
            "Market traders are reached and enrolled through the market offices (Dinas Pasar).")
        {
            RegionCodes = ["KALIMANTAN"],
        },
        new("DWP-OUTREACH-REMBANG", "Informal outreach with Dharma Wanita Persatuan and villages", PartnerProgramKind.CommunityOutreach, PartnerProgramStatus.InForce, "DWP-REMBANG", ArticleSources.JogloJateng2024,
            "Informal workers are reached through Dharma Wanita Persatuan and the villages; Rp16,800 a month covers JKK and JKM.")
        {
            RegencyCodes = ["33.17"],
        },
        Channel("ALFAMART", "Alfamart stores"),
        Channel("INDOMARET", "Indomaret stores"),
        Channel("BRI", "BRI Link agents", "BRI-LINK"),
        Channel("POS-INDONESIA", "PT Pos post offices"),
        Channel("PERISAI", "Perisai agents"),
    ];

    private static Partner Partner(string code, string name, PartnerKind kind) => new() { Code = code, Name = name, Kind = kind };

    private static PlannedPartnerProgram Channel(string partnerCode, string where, string? code = null) =>
        new((code ?? partnerCode) + "-PAYMENT", "Contributions payable at " + where, PartnerProgramKind.PaymentChannel, PartnerProgramStatus.InForce, partnerCode, ArticleSources.JogloJateng2024,
            "Participants can pay their monthly contributions at " + where + ".");
}
