namespace BpjsTk.Data.Offices;

/// <summary>Kantor Cabang (KC).</summary>
public sealed class Branch : Office
{
    public Branch() => Kind = OfficeKind.Branch;

    public List<SubBranchOffice> SubBranchOffices { get; set; } = [];
}
