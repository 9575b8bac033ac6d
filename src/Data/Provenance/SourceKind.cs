namespace BpjsTk.Data.Provenance;

public enum SourceKind
{
    /// <summary>A news article quoting the agency.</summary>
    NewsArticle,

    /// <summary>Statistics or reports published by the agency or BPS.</summary>
    OfficialStatistics,

    /// <summary>A file imported by an operator.</summary>
    Import,

    /// <summary>Generated for tests and benchmarks; never real.</summary>
    Synthetic,
}
