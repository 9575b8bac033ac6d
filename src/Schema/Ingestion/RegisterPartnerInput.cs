using BpjsTk.Data.Partners;

namespace BpjsTk.Schema.Ingestion;

/// <summary>A partner, identified by its code: a new code adds it, a known one replaces its name and kind.</summary>
public sealed record RegisterPartnerInput
{
    /// <summary>Stable upper-case code, e.g. BRI.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    public PartnerKind Kind { get; init; }
}
