using BpjsTk.Data.Periods;
using BpjsTk.Data.Provenance;

namespace BpjsTk.Data.Partners;

/// <summary>Kerja sama: how a partner helps coverage, where, from when, on what legal basis.</summary>
public sealed class PartnerProgram
{
    public int Id { get; set; }

    /// <summary>Stable upper-case code, e.g. <c>BRI-KUR-JEMBER</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public PartnerProgramKind Kind { get; set; }

    public PartnerProgramStatus Status { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public Month? StartsIn { get; set; }

    /// <summary>Last month in force, inclusive; null when open-ended or unknown.</summary>
    public Month? EndsIn { get; set; }

    /// <summary>Regulation or agreement, e.g. "Peraturan Bupati Jember No. 2 Tahun 2014".</summary>
    public string? LegalBasis { get; set; }

    public required string Description { get; set; }

    public int? SourceId { get; set; }

    public Source? Source { get; set; }

    public List<PartnerProgramOffice> Offices { get; set; } = [];

    public List<PartnerProgramArea> Areas { get; set; } = [];
}
