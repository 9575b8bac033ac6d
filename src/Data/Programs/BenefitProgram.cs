namespace BpjsTk.Data.Programs;

/// <summary>A social-security programme (JKK, JKM, JHT, JP, JKP); named so it cannot clash with an application's <c>Program</c> class.</summary>
public sealed class BenefitProgram
{
    public ProgramCode Code { get; set; }

    public required string Name { get; set; }

    public required string IndonesianName { get; set; }

    public List<ProgramEligibility> Eligibilities { get; set; } = [];

    public List<ContributionRule> ContributionRules { get; set; } = [];
}
