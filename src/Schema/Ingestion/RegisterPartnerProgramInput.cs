using BpjsTk.Data.Partners;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// A partner programme (kerja sama), identified by its code: a new code adds it, a known one replaces its details, offices and areas.
/// </summary>
public sealed record RegisterPartnerProgramInput
{
    /// <summary>Stable upper-case code, e.g. BRI-KUR-JEMBER.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    public PartnerProgramKind Kind { get; init; }

    public PartnerProgramStatus Status { get; init; }

    /// <summary>The partner running it, registered before.</summary>
    public required string PartnerCode { get; init; }

    /// <summary>First month in force, yyyy-MM.</summary>
    public string? StartsIn { get; init; }

    /// <summary>Last month in force, yyyy-MM; null while open-ended.</summary>
    public string? EndsIn { get; init; }

    /// <summary>The regulation or agreement behind it, e.g. "Peraturan Bupati Jember No. 2 Tahun 2014".</summary>
    public string? LegalBasis { get; init; }

    public required string Description { get; init; }

    /// <summary>The publication that reports it.</summary>
    public string? SourceCode { get; init; }

    /// <summary>The offices taking part; none when left out.</summary>
    public IReadOnlyList<string>? OfficeCodes { get; init; }

    /// <summary>The provinces it covers, by two-digit code.</summary>
    public IReadOnlyList<string>? ProvinceCodes { get; init; }

    /// <summary>The regencies it covers, e.g. 35.09.</summary>
    public IReadOnlyList<string>? RegencyCodes { get; init; }
}
