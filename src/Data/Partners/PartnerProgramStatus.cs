namespace BpjsTk.Data.Partners;

public enum PartnerProgramStatus
{
    Planned,
    InForce,
    Ended,
}
