namespace BpjsTk.Data.Coverage;

public enum TargetMeasure
{
    /// <summary>Participants active at the end of the period.</summary>
    ActiveParticipants,

    /// <summary>Participants newly registered during the period.</summary>
    NewParticipants,

    ActiveEmployers,
}
