using BpjsTk.Data.Periods;

namespace BpjsTk.Data.Programs;

/// <summary>How a programme's monthly contribution is computed for a category, from a month on.</summary>
public sealed class ContributionRule
{
    public int Id { get; set; }

    public ProgramCode Program { get; set; }

    public BenefitProgram? BenefitProgram { get; set; }

    public ParticipantCategoryCode Category { get; set; }

    /// <summary>JKK risk class 1-5 the rate applies to; null when the rate does not depend on it.</summary>
    public int? RiskClass { get; set; }

    /// <summary>Percentage of the wage (or declared income) the employer pays.</summary>
    public decimal EmployerRatePercent { get; set; }

    /// <summary>Percentage of the wage (or declared income) the worker pays.</summary>
    public decimal WorkerRatePercent { get; set; }

    /// <summary>Least monthly amount in rupiah (BPU JKK: Rp10,000).</summary>
    public decimal? MinimumAmount { get; set; }

    /// <summary>Fixed monthly amount in rupiah instead of a rate (BPU JKM: Rp6,800).</summary>
    public decimal? FixedAmount { get; set; }

    /// <summary>Highest wage the rate applies to, in rupiah (JP: Rp10,547,400 in 2025).</summary>
    public decimal? WageCap { get; set; }

    public Month EffectiveFrom { get; set; }

    /// <summary>Regulation the rule comes from, e.g. "PP 6/2025".</summary>
    public string? LegalBasis { get; set; }
}
