using BpjsTk.Data.Employers;

namespace BpjsTk.Data.Seeding;

/// <summary>A fictitious employer of the sample data.</summary>
public sealed record SampleEmployer(
    string Npp,
    string? Nib,
    string Name,
    string RegencyCode,
    string OfficeCode,
    string Industry,
    EmployerSizeClass SizeClass,
    int JkkRiskClass,
    EmployerStatus Status,
    DateOnly RegisteredOn);
