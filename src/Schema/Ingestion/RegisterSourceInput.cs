using BpjsTk.Data.Provenance;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// A publication figures come from, identified by its code: a new code adds it, a known one replaces its details. Give the
/// day it was published, or only the year when the source does not say the day.
/// </summary>
public sealed record RegisterSourceInput
{
    /// <summary>Stable upper-case code, e.g. ANTARA-JATIM-2017-JEMBER.</summary>
    public required string Code { get; init; }

    public SourceKind Kind { get; init; }

    /// <summary>e.g. Antara Jatim, BPS Jawa Timur.</summary>
    public required string Publisher { get; init; }

    public required string Title { get; init; }

    public DateOnly? PublishedOn { get; init; }

    /// <summary>Needed when publishedOn is not given; when both are, the year of publishedOn.</summary>
    public int? PublishedYear { get; init; }

    public string? Url { get; init; }
}
