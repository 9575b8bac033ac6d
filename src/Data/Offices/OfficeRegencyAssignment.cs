using BpjsTk.Data.Geography;
using BpjsTk.Data.Periods;

namespace BpjsTk.Data.Offices;

/// <summary>An office serves a regency from one month until another (open-ended when <see cref="ValidTo"/> is null).</summary>
public sealed class OfficeRegencyAssignment
{
    public int Id { get; set; }

    public int OfficeId { get; set; }

    public Office? Office { get; set; }

    public int RegencyId { get; set; }

    public Regency? Regency { get; set; }

    public Month ValidFrom { get; set; }

    /// <summary>Last month served, inclusive; null while the assignment holds.</summary>
    public Month? ValidTo { get; set; }

    public bool IsValidIn(Month month) => ValidFrom <= month && (ValidTo is null || month <= ValidTo.Value);
}
