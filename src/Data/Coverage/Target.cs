using BpjsTk.Data.Geography;
using BpjsTk.Data.Offices;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Provenance;

namespace BpjsTk.Data.Coverage;

/// <summary>A planned figure for an office or area, for a year (filed under December) or a month.</summary>
public sealed class Target
{
    public int Id { get; set; }

    public int? OfficeId { get; set; }

    public Office? Office { get; set; }

    public int? RegionId { get; set; }

    public Region? Region { get; set; }

    public int? ProvinceId { get; set; }

    public Province? Province { get; set; }

    public int? RegencyId { get; set; }

    public Regency? Regency { get; set; }

    public Month Period { get; set; }

    public PeriodPrecision PeriodPrecision { get; set; }

    public ParticipantCategoryCode? Category { get; set; }

    public TargetMeasure Measure { get; set; }

    public long Figure { get; set; }

    public int SourceId { get; set; }

    public Source? Source { get; set; }

    /// <summary>
    /// The slice's ids in one non-null text (see <see cref="Ingestion.TargetKey"/>), so the natural key is unique on every
    /// provider although its columns are nullable.
    /// </summary>
    public string NaturalKey { get; set; } = null!;
}
