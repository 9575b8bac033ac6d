using BpjsTk.Data.Coverage;
using BpjsTk.Data.Programs;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// The workforce (or the units) that could be covered in one area (give exactly one code), for a period and category, as a source
/// states it. Setting it again for the same slice, unit and source replaces the count.
/// </summary>
public sealed record SetWorkforcePotentialInput
{
    public string? RegionCode { get; init; }

    public string? ProvinceCode { get; init; }

    public string? RegencyCode { get; init; }

    /// <summary>yyyy-MM, or yyyy (filed under December).</summary>
    public required string Period { get; init; }

    /// <summary>Null for all categories.</summary>
    public ParticipantCategoryCode? Category { get; init; }

    public PotentialUnit Unit { get; init; }

    public long Count { get; init; }

    /// <summary>The source rounded ("about 3.5 million").</summary>
    public bool IsApproximate { get; init; }

    public required string SourceCode { get; init; }
}
