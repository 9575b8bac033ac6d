using BpjsTk.Data.Geography;
using BpjsTk.Data.Offices;
using BpjsTk.Data.Partners;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Provenance;

namespace BpjsTk.Data.Coverage;

/// <summary>
/// Data kepesertaan: measured figures for an office and/or an area, a month and optionally a category,
/// occupation, programme and partner programme. A measure left null was not reported.
/// </summary>
public sealed class CoverageFigure
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

    /// <summary>Null when the figure spans all categories.</summary>
    public ParticipantCategoryCode? Category { get; set; }

    public int? OccupationId { get; set; }

    public Occupation? Occupation { get; set; }

    public ProgramCode? Program { get; set; }

    public int? PartnerProgramId { get; set; }

    public PartnerProgram? PartnerProgram { get; set; }

    public long? ActiveParticipants { get; set; }

    public long? NewParticipants { get; set; }

    public long? ActiveEmployers { get; set; }

    /// <summary>Organised groups through which informal workers enrol and pay together.</summary>
    public int? WadahCount { get; set; }

    /// <summary>Contributions received in the period, in rupiah.</summary>
    public decimal? Contributions { get; set; }

    /// <summary>Share of the potential workforce covered, as the source states it (93.00 = 93%).</summary>
    public decimal? CoverageRatePercent { get; set; }

    /// <summary>The source rounded ("about 40,000").</summary>
    public bool IsApproximate { get; set; }

    public string? Note { get; set; }

    public int SourceId { get; set; }

    public Source? Source { get; set; }

    /// <summary>
    /// The slice's ids in one non-null text (see <see cref="Ingestion.CoverageFigureKey"/>), so the natural key is unique on
    /// every provider although its columns are nullable.
    /// </summary>
    public string NaturalKey { get; set; } = null!;

    /// <summary>Who wrote the figure's current values through the ingestion writer; null for seeded and generated rows.</summary>
    public string? LastChangedBy { get; set; }

    public DateTime? LastChangedAt { get; set; }
}
