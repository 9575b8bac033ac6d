using BpjsTk.Data.Geography;
using BpjsTk.Data.Offices;

namespace BpjsTk.Data.Employers;

/// <summary>Perusahaan / pemberi kerja registered with the agency.</summary>
public sealed class Employer
{
    public int Id { get; set; }

    /// <summary>Nomor Pendaftaran Perusahaan, 8 digits today; text because older numbers differ.</summary>
    public required string Npp { get; set; }

    /// <summary>Nomor Induk Berusaha from OSS, 13 digits; null for employers registered before OSS.</summary>
    public string? Nib { get; set; }

    public required string Name { get; set; }

    public int RegencyId { get; set; }

    public Regency? Regency { get; set; }

    public int OfficeId { get; set; }

    public Office? Office { get; set; }

    /// <summary>Industry as a KBLI section letter and title, e.g. "G Perdagangan".</summary>
    public required string Industry { get; set; }

    public EmployerSizeClass SizeClass { get; set; }

    /// <summary>JKK risk class 1 (very low) to 5 (very high); sets the employer's JKK rate.</summary>
    public int JkkRiskClass { get; set; }

    public EmployerStatus Status { get; set; }

    public DateOnly RegisteredOn { get; set; }
}
