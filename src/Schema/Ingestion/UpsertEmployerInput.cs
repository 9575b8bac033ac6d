using BpjsTk.Data.Employers;

namespace BpjsTk.Schema.Ingestion;

/// <summary>An employer as the agency registers it, identified by its NPP: a new NPP adds the employer, a known one replaces its details.</summary>
public sealed record UpsertEmployerInput
{
    /// <summary>Nomor Pendaftaran Perusahaan, 8 digits.</summary>
    public required string Npp { get; init; }

    /// <summary>Nomor Induk Berusaha, 13 digits, when the employer has one.</summary>
    public string? Nib { get; init; }

    public required string Name { get; init; }

    /// <summary>The regency's Kemendagri code, e.g. 35.09.</summary>
    public required string RegencyCode { get; init; }

    /// <summary>The office it is registered with, e.g. KC-JEMBER.</summary>
    public required string OfficeCode { get; init; }

    /// <summary>KBLI section letter and title, e.g. "G Perdagangan".</summary>
    public required string Industry { get; init; }

    public EmployerSizeClass SizeClass { get; init; }

    /// <summary>JKK risk class 1 (very low) to 5 (very high).</summary>
    public int JkkRiskClass { get; init; }

    public EmployerStatus Status { get; init; }

    public DateOnly RegisteredOn { get; init; }
}
