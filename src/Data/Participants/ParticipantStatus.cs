namespace BpjsTk.Data.Participants;

public enum ParticipantStatus
{
    Active,
    Inactive,
}
