using BpjsTk.Data.Offices;

namespace BpjsTk.Data.Seeding;

/// <summary>An office of the sample network: where it sits, which branch it answers to, which regencies it serves.</summary>
public sealed record PlannedOffice(
    string Code,
    string Name,
    string Town,
    OfficeKind Kind,
    string RegencyCode,
    string? BranchCode,
    IReadOnlyList<string> ServedRegencyCodes);
