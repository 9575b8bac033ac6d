namespace BpjsTk.Data.Programs;

/// <summary>Kategori peserta; a small lookup table keyed by its code.</summary>
public sealed class ParticipantCategory
{
    public ParticipantCategoryCode Code { get; set; }

    public required string Name { get; set; }

    public required string IndonesianName { get; set; }

    public List<ProgramEligibility> Eligibilities { get; set; } = [];
}
