namespace BpjsTk.Data.Synthetic;

/// <summary>How much synthetic data to generate.</summary>
public enum SyntheticScale
{
    /// <summary>About 20,000 participants: enough to click through every screen.</summary>
    Small,

    /// <summary>About 1 million participants: the benchmark size.</summary>
    Medium,

    /// <summary>The agency's real size: about 876,000 employers and 41.6 million participants.</summary>
    National,
}
