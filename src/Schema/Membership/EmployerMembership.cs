using BpjsTk.Data.Programs;

namespace BpjsTk.Schema.Membership;

/// <summary>What a check tells about an employer: registration, active workers and the programmes they are enrolled in.</summary>
internal sealed record EmployerMembership(EmployerRegistrationStatus Status, int ActiveWorkers, IReadOnlyList<ProgramCode> Programs)
{
    public static EmployerMembership NotFound { get; } = new(EmployerRegistrationStatus.NotFound, 0, []);
}
