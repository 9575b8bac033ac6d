namespace BpjsTk.Schema.Nodes;

/// <summary>The GraphQL names of the types that implement Node; the first part of their global IDs.</summary>
internal static class NodeTypeNames
{
    public const string Region = "Region";
    public const string Province = "Province";
    public const string Regency = "Regency";
    public const string Branch = "Branch";
    public const string SubBranchOffice = "SubBranchOffice";
    public const string Employer = "Employer";
    public const string Partner = "Partner";
    public const string PartnerProgram = "PartnerProgram";
    public const string Occupation = "Occupation";
    public const string Source = "Source";
}
