using BpjsTk.Data.Programs;

namespace BpjsTk.Data.Synthetic;

/// <summary>How many rows a run generates: participants per category and employers, scaled from the national figures.</summary>
internal sealed record SyntheticSize(int Participants, int Employers)
{
    public static SyntheticSize For(SyntheticScale scale, int? participantCount = null)
    {
        var participants = participantCount ?? scale switch
        {
            SyntheticScale.Small => 20_000,
            SyntheticScale.Medium => 1_000_000,
            SyntheticScale.National => NationalFigures.Participants,
            _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
        };
        ArgumentOutOfRangeException.ThrowIfLessThan(participants, SyntheticDataOptions.MinimumParticipants, nameof(participantCount));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(participants, SyntheticDataOptions.MaximumParticipants, nameof(participantCount));
        var employers = scale == SyntheticScale.National && participantCount is null
            ? NationalFigures.Employers
            : (int)Math.Max(1, Math.Round((double)participants * NationalFigures.Employers / NationalFigures.Participants));
        return new SyntheticSize(participants, employers);
    }

    /// <summary>The share of the national figures this run represents.</summary>
    public double Fraction => (double)Participants / NationalFigures.Participants;

    public IReadOnlyDictionary<ParticipantCategoryCode, long> ParticipantsByCategory()
    {
        var categories = Enum.GetValues<ParticipantCategoryCode>();
        var counts = Apportionment.Split(Participants, [.. categories.Select(c => NationalFigures.CategoryMillions[c])]);
        return categories.Select((c, i) => (c, counts[i])).ToDictionary(pair => pair.c, pair => pair.Item2);
    }
}
