using BpjsTk.Data.Employers;
using BpjsTk.Data.Geography;
using BpjsTk.Data.Offices;
using BpjsTk.Data.Partners;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;

namespace BpjsTk.Data.Participants;

/// <summary>Peserta. Holds no NIK and no name: only the keyed hash of the NIK, for look-up.</summary>
public sealed class Participant
{
    public int Id { get; set; }

    /// <summary>Kartu Peserta Jamsostek number, 11 digits.</summary>
    public required string Kpj { get; set; }

    /// <summary>HMAC-SHA256 of the NIK under the server's secret key (32 bytes); see <see cref="NikHasher"/>.</summary>
    public required byte[] NikHash { get; set; }

    public ParticipantCategoryCode Category { get; set; }

    public ParticipantCategory? ParticipantCategory { get; set; }

    /// <summary>The informal worker's occupation (BPU); null for other categories.</summary>
    public int? OccupationId { get; set; }

    public Occupation? Occupation { get; set; }

    /// <summary>The employer of a wage earner (PU); null for other categories.</summary>
    public int? EmployerId { get; set; }

    public Employer? Employer { get; set; }

    public int RegencyId { get; set; }

    public Regency? Regency { get; set; }

    public int OfficeId { get; set; }

    public Office? Office { get; set; }

    public ProgramSet Programs { get; set; }

    public ParticipantStatus Status { get; set; }

    public DateOnly RegisteredOn { get; set; }

    /// <summary>Last month covered by paid contributions; null when nothing was paid yet.</summary>
    public Month? PaidThrough { get; set; }

    /// <summary>The partner programme the participant enrolled through (a wadah, a bank's KUR, a union...), if any.</summary>
    public int? EnrolledThroughPartnerProgramId { get; set; }

    public PartnerProgram? EnrolledThroughPartnerProgram { get; set; }
}
