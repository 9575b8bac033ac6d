namespace BpjsTk.Data.Programs;

/// <summary>Which category gets which programme, mandatory or optional.</summary>
public sealed class ProgramEligibility
{
    public ParticipantCategoryCode Category { get; set; }

    public ParticipantCategory? ParticipantCategory { get; set; }

    public ProgramCode Program { get; set; }

    public BenefitProgram? BenefitProgram { get; set; }

    public ProgramRequirement Requirement { get; set; }

    /// <summary>Why or how, e.g. "per construction project".</summary>
    public string? Note { get; set; }
}
