namespace BpjsTk.Data.Synthetic;

/// <summary>What to generate. <paramref name="NikKey"/> is the server's NIK hashing secret, so stored hashes match look-ups.</summary>
public sealed record SyntheticDataOptions(SyntheticScale Scale, int Seed, byte[] NikKey)
{
    public const int MinimumParticipants = 100;

    /// <summary>Synthetic NPPs have six free digits: employers for about 45 million participants.</summary>
    public const int MaximumParticipants = 45_000_000;

    /// <summary>Overrides the scale's participant count (employers follow proportionally); for tests and quick trials.</summary>
    public int? ParticipantCount { get; init; }

    /// <summary>Rows per transaction: an interrupted run keeps whole batches only.</summary>
    public int BatchSize { get; init; } = 10_000;

    /// <summary>Removes earlier synthetic data first; without it a second run refuses to start.</summary>
    public bool Reset { get; init; }
}
