using BpjsTk.Data.Participants;
using BpjsTk.Data.Programs;

namespace BpjsTk.Schema.Employers;

/// <summary>One row of the participant GROUP BY behind an employer's summary.</summary>
internal sealed record EmployerParticipantCount(int EmployerId, ParticipantCategoryCode Category, ParticipantStatus Status, long Count);
