namespace BpjsTk.Data.Offices;

/// <summary>Kantor Cabang Perintis (KCP): a pioneer office under a branch.</summary>
public sealed class SubBranchOffice : Office
{
    public SubBranchOffice() => Kind = OfficeKind.SubBranchOffice;

    public int BranchId { get; set; }

    public Branch? Branch { get; set; }
}
