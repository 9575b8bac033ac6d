using System.Collections.Frozen;
using BpjsTk.Data.Programs;

namespace BpjsTk.Data.Synthetic;

/// <summary>The published national figures the synthetic data is shaped after (DOMAIN.md, "National scale").</summary>
internal static class NationalFigures
{
    /// <summary>PU, BPU and JAKON as published for Dec 2023 (41.55 M) and a token 50,000 PMI.</summary>
    public const int Participants = 41_600_000;

    public const int Employers = 876_000;

    /// <summary>Participants per category in millions (Dec 2023); PMI is small and unpublished, so a token figure.</summary>
    public static readonly FrozenDictionary<ParticipantCategoryCode, double> CategoryMillions = new Dictionary<ParticipantCategoryCode, double>
    {
        [ParticipantCategoryCode.PU] = 25.0,
        [ParticipantCategoryCode.BPU] = 9.19,
        [ParticipantCategoryCode.JAKON] = 7.36,
        [ParticipantCategoryCode.PMI] = 0.05,
    }.ToFrozenDictionary();

    /// <summary>Share of participants no longer active, by category; about 32% overall, as in Dec 2023 (19.51 M of 61.07 M).</summary>
    public static readonly FrozenDictionary<ParticipantCategoryCode, double> InactiveShare = new Dictionary<ParticipantCategoryCode, double>
    {
        [ParticipantCategoryCode.PU] = 0.28,
        [ParticipantCategoryCode.BPU] = 0.40,
        [ParticipantCategoryCode.JAKON] = 0.38,
        [ParticipantCategoryCode.PMI] = 0.30,
    }.ToFrozenDictionary();

    /// <summary>Potential workforce per category in millions (BPS Sakernas Aug 2024: 144.64 M employed, 83.83 M informal).</summary>
    public static readonly FrozenDictionary<ParticipantCategoryCode, double> PotentialMillions = new Dictionary<ParticipantCategoryCode, double>
    {
        [ParticipantCategoryCode.PU] = 52.0,
        [ParticipantCategoryCode.BPU] = 83.83,
        [ParticipantCategoryCode.JAKON] = 8.81,
    }.ToFrozenDictionary();

    /// <summary>Registered employers published per province (Dec 2025); the other provinces share the rest by population.</summary>
    public static readonly FrozenDictionary<string, int> EmployersByProvince = new Dictionary<string, int>
    {
        ["35"] = 132_364,
        ["31"] = 116_824,
        ["33"] = 107_420,
    }.ToFrozenDictionary();

    /// <summary>Population in millions by province code (BPS mid-2024 projections, rounded): the weight of everything not published per province.</summary>
    public static readonly FrozenDictionary<string, double> PopulationMillions = new Dictionary<string, double>
    {
        ["11"] = 5.55, ["12"] = 15.59, ["13"] = 5.84, ["14"] = 6.73, ["15"] = 3.72, ["16"] = 8.84, ["17"] = 2.11,
        ["18"] = 9.42, ["19"] = 1.53, ["21"] = 2.21, ["31"] = 10.68, ["32"] = 50.35, ["33"] = 37.89, ["34"] = 3.76,
        ["35"] = 41.81, ["36"] = 12.43, ["51"] = 4.43, ["52"] = 5.65, ["53"] = 5.66, ["61"] = 5.62, ["62"] = 2.80,
        ["63"] = 4.22, ["64"] = 4.00, ["65"] = 0.73, ["71"] = 2.70, ["72"] = 3.10, ["73"] = 9.46, ["74"] = 2.80,
        ["75"] = 1.20, ["76"] = 1.47, ["81"] = 1.90, ["82"] = 1.36, ["91"] = 1.06, ["92"] = 0.56, ["93"] = 0.53,
        ["94"] = 1.45, ["95"] = 1.45, ["96"] = 0.62,
    }.ToFrozenDictionary();

    /// <summary>Provinces that send most migrant workers abroad (BP2MI): PMI participants are concentrated there.</summary>
    public static readonly FrozenSet<string> MigrantSendingProvinces = new[] { "12", "18", "32", "33", "35", "51", "52", "53" }.ToFrozenSet();

    public static double Population(string provinceCode) => PopulationMillions.GetValueOrDefault(provinceCode, 1.0);
}
