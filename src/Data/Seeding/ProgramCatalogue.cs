using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;

namespace BpjsTk.Data.Seeding;

/// <summary>Categories, programmes, who gets which, contribution rules and BPU occupations, as DOMAIN.md states them.</summary>
public static class ProgramCatalogue
{
    private static readonly Month Start = new(2014, 1);

    public static IReadOnlyList<ParticipantCategory> Categories() =>
    [
        new() { Code = ParticipantCategoryCode.PU, Name = "Wage earners", IndonesianName = "Penerima Upah" },
        new() { Code = ParticipantCategoryCode.BPU, Name = "Non-wage (informal) workers", IndonesianName = "Bukan Penerima Upah" },
        new() { Code = ParticipantCategoryCode.JAKON, Name = "Construction project workers", IndonesianName = "Jasa Konstruksi" },
        new() { Code = ParticipantCategoryCode.PMI, Name = "Migrant workers", IndonesianName = "Pekerja Migran Indonesia" },
    ];

    public static IReadOnlyList<BenefitProgram> Programs() =>
    [
        new() { Code = ProgramCode.JKK, Name = "Work accident", IndonesianName = "Jaminan Kecelakaan Kerja" },
        new() { Code = ProgramCode.JKM, Name = "Death", IndonesianName = "Jaminan Kematian" },
        new() { Code = ProgramCode.JHT, Name = "Old-age savings", IndonesianName = "Jaminan Hari Tua" },
        new() { Code = ProgramCode.JP, Name = "Pension", IndonesianName = "Jaminan Pensiun" },
        new() { Code = ProgramCode.JKP, Name = "Job loss", IndonesianName = "Jaminan Kehilangan Pekerjaan" },
    ];

    public static IReadOnlyList<ProgramEligibility> Eligibilities() =>
    [
        Eligible(ParticipantCategoryCode.PU, ProgramCode.JKK, ProgramRequirement.Mandatory),
        Eligible(ParticipantCategoryCode.PU, ProgramCode.JKM, ProgramRequirement.Mandatory),
        Eligible(ParticipantCategoryCode.PU, ProgramCode.JHT, ProgramRequirement.Mandatory),
        Eligible(ParticipantCategoryCode.PU, ProgramCode.JP, ProgramRequirement.Mandatory),
        Eligible(ParticipantCategoryCode.PU, ProgramCode.JKP, ProgramRequirement.Mandatory, "Since PP 6/2025."),
        Eligible(ParticipantCategoryCode.BPU, ProgramCode.JKK, ProgramRequirement.Mandatory),
        Eligible(ParticipantCategoryCode.BPU, ProgramCode.JKM, ProgramRequirement.Mandatory),
        Eligible(ParticipantCategoryCode.BPU, ProgramCode.JHT, ProgramRequirement.Optional),
        Eligible(ParticipantCategoryCode.JAKON, ProgramCode.JKK, ProgramRequirement.Mandatory, "Per construction project."),
        Eligible(ParticipantCategoryCode.JAKON, ProgramCode.JKM, ProgramRequirement.Mandatory, "Per construction project."),
        Eligible(ParticipantCategoryCode.PMI, ProgramCode.JKK, ProgramRequirement.Mandatory),
        Eligible(ParticipantCategoryCode.PMI, ProgramCode.JKM, ProgramRequirement.Mandatory),
        Eligible(ParticipantCategoryCode.PMI, ProgramCode.JHT, ProgramRequirement.Optional),
    ];

    public static IReadOnlyList<ContributionRule> ContributionRules()
    {
        decimal[] jkkByRiskClass = [0.24m, 0.54m, 0.89m, 1.27m, 1.74m];
        var rules = jkkByRiskClass
            .Select((rate, index) => Rule(ProgramCode.JKK, ParticipantCategoryCode.PU, rate, 0m, riskClass: index + 1))
            .ToList();
        rules.Add(Rule(ProgramCode.JKM, ParticipantCategoryCode.PU, 0.30m, 0m));
        rules.Add(Rule(ProgramCode.JHT, ParticipantCategoryCode.PU, 3.7m, 2m));
        rules.Add(Rule(ProgramCode.JP, ParticipantCategoryCode.PU, 2m, 1m, wageCap: 10_547_400m, from: new Month(2025, 1)));
        rules.Add(Rule(ProgramCode.JKP, ParticipantCategoryCode.PU, 0.36m, 0m, from: new Month(2025, 2), basis: "PP 6/2025"));
        rules.Add(Rule(ProgramCode.JKK, ParticipantCategoryCode.BPU, 0m, 1m, minimum: 10_000m));
        rules.Add(Rule(ProgramCode.JKM, ParticipantCategoryCode.BPU, 0m, 0m, fixedAmount: 6_800m));
        rules.Add(Rule(ProgramCode.JHT, ParticipantCategoryCode.BPU, 0m, 2m));
        return rules;
    }

    public static IReadOnlyList<Occupation> Occupations() =>
    [
        new() { Code = "TRADER", Name = "Trader", IndonesianName = "Pedagang" },
        new() { Code = "STREET_VENDOR", Name = "Street vendor", IndonesianName = "Pedagang kaki lima (PKL)" },
        new() { Code = "FARMER", Name = "Farmer", IndonesianName = "Petani" },
        new() { Code = "FISHER", Name = "Fisher", IndonesianName = "Nelayan" },
        new() { Code = "CRAFTSMAN", Name = "Craftsman", IndonesianName = "Perajin" },
        new() { Code = "OJEK_DRIVER", Name = "Ojek driver", IndonesianName = "Pengemudi ojek" },
        new() { Code = "DAILY_WORKER", Name = "Daily worker", IndonesianName = "Pekerja harian" },
        new() { Code = "HOME_INDUSTRY", Name = "Home industry worker", IndonesianName = "Industri rumahan" },
        new() { Code = "DOMESTIC_WORKER", Name = "Domestic worker", IndonesianName = "Pekerja rumah tangga" },
    ];

    private static ProgramEligibility Eligible(ParticipantCategoryCode category, ProgramCode program, ProgramRequirement requirement, string? note = null) =>
        new() { Category = category, Program = program, Requirement = requirement, Note = note };

    private static ContributionRule Rule(
        ProgramCode program,
        ParticipantCategoryCode category,
        decimal employerRate,
        decimal workerRate,
        int? riskClass = null,
        decimal? minimum = null,
        decimal? fixedAmount = null,
        decimal? wageCap = null,
        Month? from = null,
        string? basis = null) =>
        new()
        {
            Program = program,
            Category = category,
            RiskClass = riskClass,
            EmployerRatePercent = employerRate,
            WorkerRatePercent = workerRate,
            MinimumAmount = minimum,
            FixedAmount = fixedAmount,
            WageCap = wageCap,
            EffectiveFrom = from ?? Start,
            LegalBasis = basis,
        };
}
