namespace BpjsTk.Data.Programs;

public enum ProgramRequirement
{
    Mandatory,
    Optional,
}
