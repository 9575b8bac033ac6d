using BpjsTk.Data.Coverage;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;

namespace BpjsTk.Data.Seeding;

/// <summary>Every figure of DOMAIN.md's "Figures published" table, filed under the source that published it.</summary>
internal static class ArticleFigures
{
    public static IReadOnlyList<CoverageFigure> CoverageFigures(string sourceCode, SeedLookup ids) => sourceCode switch
    {
        ArticleSources.AntaraJatim2016 =>
        [
            new()
            {
                OfficeId = Office(ids, OfficeNetworkPlan.JemberBranchCode), Period = Month.EndOfYear(2016), PeriodPrecision = PeriodPrecision.Year,
                Category = ParticipantCategoryCode.BPU, ActiveParticipants = 19_000,
                Note = "Informal participants: traders, farmers, fishers and micro craftsmen.",
            },
            new()
            {
                OfficeId = Office(ids, OfficeNetworkPlan.JemberBranchCode), Period = Month.EndOfYear(2016), PeriodPrecision = PeriodPrecision.Year,
                Category = ParticipantCategoryCode.PU, ActiveEmployers = 3_200, ActiveParticipants = 55_000,
                Note = "3,200 employers with 55,000 workers registered.",
            },
        ],
        ArticleSources.AntaraJatim2017 =>
        [
            new()
            {
                OfficeId = Office(ids, OfficeNetworkPlan.JemberBranchCode), Period = Month.EndOfYear(2017), PeriodPrecision = PeriodPrecision.Year,
                ActiveParticipants = 63_706, ActiveEmployers = 5_412,
                Note = "Jember branch together with KCP Lumajang and KCP Bondowoso.",
            },
            new()
            {
                RegencyId = Regency(ids, "35.09"), Period = Month.EndOfYear(2017), PeriodPrecision = PeriodPrecision.Year,
                Category = ParticipantCategoryCode.PU, ActiveEmployers = 3_381, ActiveParticipants = 48_094,
                Note = "Kabupaten Jember alone: 3,381 active employers with 48,094 workers.",
            },
        ],
        ArticleSources.Bisnis2014 =>
        [
            new()
            {
                RegionId = Region(ids, "KALIMANTAN"), Period = new Month(2013, 12), PeriodPrecision = PeriodPrecision.Month,
                Category = ParticipantCategoryCode.BPU, ActiveParticipants = 72_798, WadahCount = 1_005,
                Note = "Informal participants organised in 1,005 wadah at the end of 2013.",
            },
            new()
            {
                ProvinceId = Province(ids, "64"), RegionId = Region(ids, "KALIMANTAN"), Period = Month.EndOfYear(2014), PeriodPrecision = PeriodPrecision.Year,
                Category = ParticipantCategoryCode.BPU, ActiveParticipants = 40_000, IsApproximate = true,
                Note = "About 40,000 informal participants in Kalimantan Timur.",
            },
        ],
        ArticleSources.JogloJateng2024 =>
        [
            new()
            {
                RegencyId = Regency(ids, "33.17"), Period = Month.EndOfYear(2024), PeriodPrecision = PeriodPrecision.Year,
                Category = ParticipantCategoryCode.PU, CoverageRatePercent = 93m, IsApproximate = true,
                Note = "About 93% of formal workers in Kabupaten Rembang are covered.",
            },
        ],
        ArticleSources.Antara2020 =>
        [
            new()
            {
                ProvinceId = Province(ids, "16"), RegionId = Region(ids, "SUMBAGSEL"), Period = new Month(2020, 1), PeriodPrecision = PeriodPrecision.Month,
                Category = ParticipantCategoryCode.BPU, ActiveParticipants = 48_858, CoverageRatePercent = 3.63m,
                Note = "48,858 BPU participants, 3.63% of the BPU potential of 1.34 million.",
            },
        ],
        _ => [],
    };

    public static IReadOnlyList<Target> Targets(string sourceCode, SeedLookup ids) => sourceCode switch
    {
        ArticleSources.AntaraJatim2016 =>
        [
            new()
            {
                OfficeId = Office(ids, OfficeNetworkPlan.JemberBranchCode), Period = Month.EndOfYear(2016), PeriodPrecision = PeriodPrecision.Year,
                Category = ParticipantCategoryCode.BPU, Measure = TargetMeasure.ActiveParticipants, Figure = 25_000,
            },
        ],
        ArticleSources.AntaraJatim2017 =>
        [
            new()
            {
                OfficeId = Office(ids, OfficeNetworkPlan.JemberBranchCode), Period = Month.EndOfYear(2017), PeriodPrecision = PeriodPrecision.Year,
                Category = ParticipantCategoryCode.PU, Measure = TargetMeasure.NewParticipants, Figure = 29_000,
            },
            new()
            {
                OfficeId = Office(ids, OfficeNetworkPlan.JemberBranchCode), Period = Month.EndOfYear(2017), PeriodPrecision = PeriodPrecision.Year,
                Category = ParticipantCategoryCode.BPU, Measure = TargetMeasure.NewParticipants, Figure = 18_000,
            },
        ],
        _ => [],
    };

    public static IReadOnlyList<WorkforcePotential> WorkforcePotentials(string sourceCode, SeedLookup ids) => sourceCode switch
    {
        ArticleSources.Bisnis2014 =>
        [
            new()
            {
                ProvinceId = Province(ids, "64"), RegionId = Region(ids, "KALIMANTAN"), Period = Month.EndOfYear(2014), PeriodPrecision = PeriodPrecision.Year,
                Category = ParticipantCategoryCode.BPU, Unit = PotentialUnit.Workers, Count = 3_500_000, IsApproximate = true,
            },
        ],
        ArticleSources.Antara2020 =>
        [
            new()
            {
                ProvinceId = Province(ids, "16"), RegionId = Region(ids, "SUMBAGSEL"), Period = new Month(2020, 1), PeriodPrecision = PeriodPrecision.Month,
                Category = ParticipantCategoryCode.BPU, Unit = PotentialUnit.Workers, Count = 1_340_000, IsApproximate = true,
            },
            new()
            {
                ProvinceId = Province(ids, "16"), RegionId = Region(ids, "SUMBAGSEL"), Period = new Month(2020, 1), PeriodPrecision = PeriodPrecision.Month,
                Unit = PotentialUnit.Cooperatives, Count = 4_000, IsApproximate = true,
            },
            new()
            {
                ProvinceId = Province(ids, "16"), RegionId = Region(ids, "SUMBAGSEL"), Period = new Month(2020, 1), PeriodPrecision = PeriodPrecision.Month,
                Unit = PotentialUnit.MicroSmallMediumEnterprises, Count = 126_000, IsApproximate = true,
            },
        ],
        _ => [],
    };

    private static int Office(SeedLookup ids, string code) => SeedLookup.Find(ids.Offices, code);

    private static int Region(SeedLookup ids, string code) => SeedLookup.Find(ids.Regions, code);

    private static int Province(SeedLookup ids, string code) => SeedLookup.Find(ids.Provinces, code);

    private static int Regency(SeedLookup ids, string code) => SeedLookup.Find(ids.Regencies, code);
}
