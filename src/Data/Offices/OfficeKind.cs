namespace BpjsTk.Data.Offices;

public enum OfficeKind
{
    /// <summary>Kantor Cabang (KC).</summary>
    Branch,

    /// <summary>Kantor Cabang Perintis (KCP), under a branch.</summary>
    SubBranchOffice,
}
