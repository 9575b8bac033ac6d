namespace BpjsTk.Schema.Employers;

/// <summary>How many of an employer's workers are registered, by status and category: counts only, never the people.</summary>
internal sealed record ParticipantSummary(long Active, long Inactive, IReadOnlyList<ParticipantCategoryCount> ByCategory)
{
    public long Total => Active + Inactive;
}
