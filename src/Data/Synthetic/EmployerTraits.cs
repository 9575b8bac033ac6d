using BpjsTk.Data.Employers;
using BpjsTk.Data.Periods;

namespace BpjsTk.Data.Synthetic;

/// <summary>The traits of a synthetic employer its workers depend on, kept for the whole run.</summary>
/// <param name="ActiveThrough">The last month the employer was active; null when it never was.</param>
internal readonly record struct EmployerTraits(EmployerSizeClass Size, EmployerStatus Status, int OfficeId, DateOnly RegisteredOn, Month? ActiveThrough)
{
    /// <summary>Micro employers (80% of them) employ few; the large ones most wage earners.</summary>
    public double WorkforceWeight => Size switch
    {
        EmployerSizeClass.Micro => 3,
        EmployerSizeClass.Small => 20,
        EmployerSizeClass.Medium => 100,
        _ => 600,
    };

    public bool IsActive => Status == EmployerStatus.Active;
}
