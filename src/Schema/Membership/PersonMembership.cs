using BpjsTk.Data.Programs;

namespace BpjsTk.Schema.Membership;

/// <summary>What a check tells about a person: status and cover only, never who the person is.</summary>
internal sealed record PersonMembership(
    MembershipStatus Status,
    ParticipantCategoryCode? Category,
    IReadOnlyList<ProgramCode> Programs,
    string? PaidThrough,
    DateOnly? MemberSince)
{
    public static PersonMembership NotFound { get; } = new(MembershipStatus.NotFound, null, [], null, null);
}
