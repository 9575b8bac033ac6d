using BpjsTk.Data.Participants;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;

namespace BpjsTk.Schema.Membership;

/// <summary>The columns of a participant a person check answers from.</summary>
internal sealed record PersonRegistration(ParticipantStatus Status, ParticipantCategoryCode Category, ProgramSet Programs, Month? PaidThrough, DateOnly RegisteredOn);
