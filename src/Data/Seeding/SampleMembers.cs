using BpjsTk.Data.Employers;
using BpjsTk.Data.Participants;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;

namespace BpjsTk.Data.Seeding;

/// <summary>
/// A handful of invented employers and participants so membership checks have something to find and something
/// to miss. Every NPP, NIB, KPJ and NIK here is made up; the NIKs follow the NIK rules (regency, birth date, serial).
/// </summary>
public static class SampleMembers
{
    private const ProgramSet Bpu = ProgramSet.JKK | ProgramSet.JKM;
    private const ProgramSet BpuWithJht = Bpu | ProgramSet.JHT;
    private const ProgramSet PuBefore2025 = ProgramSet.JKK | ProgramSet.JKM | ProgramSet.JHT | ProgramSet.JP;
    private const ProgramSet Pu = PuBefore2025 | ProgramSet.JKP;

    public static IReadOnlyList<SampleEmployer> Employers { get; } =
    [
        new("35090001", "9120101234501", "PT Perkebunan Kopi Jember Lestari", "35.09", OfficeNetworkPlan.JemberBranchCode, "A Pertanian, Kehutanan dan Perikanan", EmployerSizeClass.Large, 3, EmployerStatus.Active, new DateOnly(2014, 3, 3)),
        new("35090002", "9120101234502", "CV Tembakau Na-Oogst Jember", "35.09", OfficeNetworkPlan.JemberBranchCode, "C Industri Pengolahan", EmployerSizeClass.Medium, 3, EmployerStatus.Active, new DateOnly(2015, 7, 14)),
        new("35090003", "9120101234503", "UD Toko Bangunan Sumber Rejeki", "35.09", OfficeNetworkPlan.JemberBranchCode, "G Perdagangan Besar dan Eceran", EmployerSizeClass.Micro, 2, EmployerStatus.Active, new DateOnly(2016, 2, 1)),
        new("35090004", null, "PT Rumah Makan Tanggul Jaya", "35.09", OfficeNetworkPlan.JemberBranchCode, "I Penyediaan Akomodasi dan Makan Minum", EmployerSizeClass.Small, 1, EmployerStatus.Inactive, new DateOnly(2012, 9, 20)),
        new("35080001", "9120101234505", "CV Pasir Lumajang Mandiri", "35.08", "KCP-LUMAJANG", "B Pertambangan dan Penggalian", EmployerSizeClass.Small, 5, EmployerStatus.Active, new DateOnly(2017, 5, 8)),
        new("35110001", "9120101234506", "UD Tape Bondowoso Manis", "35.11", "KCP-BONDOWOSO", "C Industri Pengolahan", EmployerSizeClass.Micro, 1, EmployerStatus.Active, new DateOnly(2018, 1, 22)),
        new("33170001", "9120101234507", "PT Garam Rembang Sejahtera", "33.17", "KCP-REMBANG", "C Industri Pengolahan", EmployerSizeClass.Medium, 2, EmployerStatus.Active, new DateOnly(2019, 11, 4)),
        new("64720001", "9120101234508", "PT Konstruksi Mahakam Raya", "64.72", "KC-SAMARINDA", "F Konstruksi", EmployerSizeClass.Large, 4, EmployerStatus.Active, new DateOnly(2014, 6, 30)),
        new("16710001", "9120101234509", "Koperasi Pedagang Pasar 16 Ilir", "16.71", "KC-PALEMBANG", "G Perdagangan Besar dan Eceran", EmployerSizeClass.Small, 1, EmployerStatus.Active, new DateOnly(2019, 8, 12)),
        new("35780001", "9120101234510", "PT Galangan Kapal Tanjung Perak", "35.78", "KC-SURABAYA", "C Industri Pengolahan", EmployerSizeClass.Large, 5, EmployerStatus.Closed, new DateOnly(2010, 4, 5)),
    ];

    public static IReadOnlyList<SampleParticipant> Participants { get; } =
    [
        // Jember: informal workers, enrolled directly, through a KUR credit, and lapsed.
        new("35000000001", "3509011504850001", ParticipantCategoryCode.BPU, "35.09", OfficeNetworkPlan.JemberBranchCode, Bpu, ParticipantStatus.Active, new DateOnly(2016, 3, 1), new Month(2025, 6)) { OccupationCode = "TRADER" },
        new("35000000002", "3509025208900002", ParticipantCategoryCode.BPU, "35.09", OfficeNetworkPlan.JemberBranchCode, BpuWithJht, ParticipantStatus.Active, new DateOnly(2016, 8, 17), new Month(2025, 6)) { OccupationCode = "FARMER", PartnerProgramCode = "BRI-KUR-JEMBER" },
        new("35000000003", "3509031011780003", ParticipantCategoryCode.BPU, "35.09", OfficeNetworkPlan.JemberBranchCode, Bpu, ParticipantStatus.Inactive, new DateOnly(2016, 5, 2), new Month(2019, 12)) { OccupationCode = "FISHER" },
        new("35000000004", "3509046703920004", ParticipantCategoryCode.BPU, "35.09", OfficeNetworkPlan.JemberBranchCode, Bpu, ParticipantStatus.Active, new DateOnly(2017, 2, 6), new Month(2025, 5)) { OccupationCode = "CRAFTSMAN", PartnerProgramCode = "PERBUP-JEMBER-2-2014" },
        new("35000000005", "3509050109950005", ParticipantCategoryCode.BPU, "35.09", OfficeNetworkPlan.JemberBranchCode, Bpu, ParticipantStatus.Active, new DateOnly(2017, 9, 11), new Month(2025, 6)) { OccupationCode = "OJEK_DRIVER", PartnerProgramCode = "UNION-OUTREACH-JEMBER" },

        // Jember: wage earners at the sample employers.
        new("35000000006", "3509062006880006", ParticipantCategoryCode.PU, "35.09", OfficeNetworkPlan.JemberBranchCode, Pu, ParticipantStatus.Active, new DateOnly(2014, 3, 3), new Month(2025, 6)) { EmployerNpp = "35090001" },
        new("35000000007", "3509074412910007", ParticipantCategoryCode.PU, "35.09", OfficeNetworkPlan.JemberBranchCode, Pu, ParticipantStatus.Active, new DateOnly(2015, 7, 14), new Month(2025, 6)) { EmployerNpp = "35090002" },
        new("35000000008", "3509080303700008", ParticipantCategoryCode.PU, "35.09", OfficeNetworkPlan.JemberBranchCode, PuBefore2025, ParticipantStatus.Inactive, new DateOnly(2012, 9, 20), new Month(2020, 3)) { EmployerNpp = "35090004" },

        // Lumajang and Bondowoso, under the Jember branch.
        new("35000000009", "3508011207930009", ParticipantCategoryCode.PU, "35.08", "KCP-LUMAJANG", Pu, ParticipantStatus.Active, new DateOnly(2017, 5, 8), new Month(2025, 6)) { EmployerNpp = "35080001" },
        new("35000000010", "3511015505970010", ParticipantCategoryCode.BPU, "35.11", "KCP-BONDOWOSO", Bpu, ParticipantStatus.Active, new DateOnly(2018, 1, 22), new Month(2025, 4)) { OccupationCode = "HOME_INDUSTRY" },

        // Rembang: a formal worker and an informal one reached through Dharma Wanita Persatuan.
        new("33000000011", "3317012902800011", ParticipantCategoryCode.PU, "33.17", "KCP-REMBANG", Pu, ParticipantStatus.Active, new DateOnly(2019, 11, 4), new Month(2025, 6)) { EmployerNpp = "33170001" },
        new("33000000012", "3317025010860012", ParticipantCategoryCode.BPU, "33.17", "KCP-REMBANG", Bpu, ParticipantStatus.Active, new DateOnly(2024, 2, 12), new Month(2025, 6)) { OccupationCode = "DOMESTIC_WORKER", PartnerProgramCode = "DWP-OUTREACH-REMBANG" },

        // Kalimantan: a stall vendor who joined with a wadah, and a construction worker.
        new("64000000013", "6472010101750013", ParticipantCategoryCode.BPU, "64.72", "KC-SAMARINDA", Bpu, ParticipantStatus.Active, new DateOnly(2014, 1, 15), new Month(2025, 6)) { OccupationCode = "STREET_VENDOR", PartnerProgramCode = "TENT-INCENTIVE-KALIMANTAN" },
        new("64000000014", "6472012508890014", ParticipantCategoryCode.JAKON, "64.72", "KC-SAMARINDA", Bpu, ParticipantStatus.Active, new DateOnly(2024, 7, 1), new Month(2025, 6)) { EmployerNpp = "64720001" },

        // Sumatera Selatan: a market trader enrolled through a cooperative.
        new("16000000015", "1671016106820015", ParticipantCategoryCode.BPU, "16.71", "KC-PALEMBANG", BpuWithJht, ParticipantStatus.Active, new DateOnly(2019, 8, 12), new Month(2025, 6)) { OccupationCode = "TRADER" },

        // A migrant worker from Jember.
        new("35000000016", "3509096309960016", ParticipantCategoryCode.PMI, "35.09", OfficeNetworkPlan.JemberBranchCode, Bpu, ParticipantStatus.Active, new DateOnly(2023, 10, 2), new Month(2025, 9)),

        // Merauke: a NIK issued before Papua was recoded in 2022 (9101, now 93.01).
        new("93000000017", "9101011002870017", ParticipantCategoryCode.BPU, "93.01", "KC-MERAUKE", Bpu, ParticipantStatus.Active, new DateOnly(2021, 6, 7), new Month(2025, 6)) { OccupationCode = "FISHER" },
    ];
}
