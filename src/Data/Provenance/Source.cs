namespace BpjsTk.Data.Provenance;

/// <summary>Where a figure comes from: every figure, target and potential names one.</summary>
public sealed class Source
{
    public int Id { get; set; }

    /// <summary>Stable upper-case code, e.g. <c>ANTARA-JATIM-2016-JEMBER</c>.</summary>
    public required string Code { get; set; }

    public SourceKind Kind { get; set; }

    /// <summary>e.g. "Antara Jatim", "Bisnis.com".</summary>
    public required string Publisher { get; set; }

    public required string Title { get; set; }

    /// <summary>Publication date when the source gives the day; otherwise null and only <see cref="PublishedYear"/> is known.</summary>
    public DateOnly? PublishedOn { get; set; }

    public int PublishedYear { get; set; }

    public string? Url { get; set; }
}
