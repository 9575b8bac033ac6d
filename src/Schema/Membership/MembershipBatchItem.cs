namespace BpjsTk.Schema.Membership;

/// <summary>The answer for one applicant of a batch, in request order: a membership, or the problems that stopped the check.</summary>
internal sealed record MembershipBatchItem(int Index, PersonMembership? Membership, IReadOnlyList<MembershipCheckProblem> Errors);
