using BpjsTk.Data.Geography;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Provenance;

namespace BpjsTk.Data.Coverage;

/// <summary>Potensi: what could be covered in an area (from BPS Sakernas or the agency's own estimate).</summary>
public sealed class WorkforcePotential
{
    public int Id { get; set; }

    public int? RegionId { get; set; }

    public Region? Region { get; set; }

    public int? ProvinceId { get; set; }

    public Province? Province { get; set; }

    public int? RegencyId { get; set; }

    public Regency? Regency { get; set; }

    public Month Period { get; set; }

    public PeriodPrecision PeriodPrecision { get; set; }

    public ParticipantCategoryCode? Category { get; set; }

    public PotentialUnit Unit { get; set; }

    public long Count { get; set; }

    public bool IsApproximate { get; set; }

    public int SourceId { get; set; }

    public Source? Source { get; set; }

    /// <summary>
    /// The slice's ids in one non-null text (see <see cref="Ingestion.WorkforcePotentialKey"/>), so the natural key is unique on every
    /// provider although its columns are nullable.
    /// </summary>
    public string NaturalKey { get; set; } = null!;
}
