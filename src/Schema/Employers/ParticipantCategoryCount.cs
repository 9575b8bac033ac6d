using BpjsTk.Data.Programs;

namespace BpjsTk.Schema.Employers;

/// <summary>Participant counts of one category (PU, BPU, JAKON, PMI).</summary>
internal sealed record ParticipantCategoryCount(ParticipantCategoryCode Category, long Active, long Inactive);
