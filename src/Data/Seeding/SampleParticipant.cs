using BpjsTk.Data.Participants;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;

namespace BpjsTk.Data.Seeding;

/// <summary>A fictitious participant of the sample data. The NIK is invented and is stored only as its keyed hash.</summary>
public sealed record SampleParticipant(
    string Kpj,
    string Nik,
    ParticipantCategoryCode Category,
    string RegencyCode,
    string OfficeCode,
    ProgramSet Programs,
    ParticipantStatus Status,
    DateOnly RegisteredOn,
    Month? PaidThrough)
{
    public string? OccupationCode { get; init; }

    public string? EmployerNpp { get; init; }

    public string? PartnerProgramCode { get; init; }
}
