namespace BpjsTk.Data.Audit;

/// <summary>Which identifier a membership check was asked with.</summary>
public enum MembershipSubjectKind
{
    Nik,
    Npp,
    Nib,
}
