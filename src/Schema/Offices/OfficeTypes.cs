using BpjsTk.Data.Offices;
using BpjsTk.Data.Partners;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Coverage;
using BpjsTk.Schema.Employers;
using BpjsTk.Schema.Nodes;

namespace BpjsTk.Schema.Offices;

/// <summary>The Office interface, Branch (KC) and SubBranchOffice (KCP), with navigation through DataLoaders.</summary>
internal static class OfficeTypes
{
    public static SchemaBuilder AddOfficeTypes(this SchemaBuilder builder) => builder
        .AddInterfaceType(d =>
        {
            d.Name("Office").Description("A service office of BPJS Ketenagakerjaan: a Kantor Cabang (branch) or a Kantor Cabang Perintis (pioneer office).");
            d.Field("id").Type("ID!");
            d.Field("code").Type("String!").Description("Stable code, e.g. KC-JEMBER or KCP-LUMAJANG.");
            d.Field("name").Type("String!");
            d.Field("town").Type("String!");
            d.Field("region").Type("Region!");
            d.Field("regency").Type("Regency!");
            d.Field("employers").Type("EmployerCollectionSegment!").Argument("skip", a => a.Type("Int").DefaultValue(0)).Argument("take", a => a.Type("Int").DefaultValue(EmployerQueries.DefaultPageSize))
                .Argument("where", a => a.Type("EmployerFilterInput")).Argument("order", a => a.Type("[EmployerSortInput!]"));
        })
        .AddObjectType<Branch>(d =>
        {
            d.BindFieldsExplicitly().Description("Kantor Cabang (KC): a branch office; serves one or more regencies and has pioneer offices (KCP) under it.").Implements("Office");
            NodeType.ImplementNode(d, NodeTypeNames.Branch, b => b.Id);
            AddOfficeFields(d);
            d.Field("subBranchOffices").Type("[SubBranchOffice!]!").Description("The pioneer offices (Kantor Cabang Perintis) under this branch, by code unless ordered.")
                .UseFiltering<SubBranchOffice>().UseSorting<SubBranchOffice>()
                .ResolveWithQueryContext<SubBranchOffice>((ctx, query) => ctx.LoadGroupAsync("subBranchOfficesByBranch", ctx.Parent<Branch>().Id, query, (db, keys) => db.SubBranchOffices.Where(s => keys.Contains(s.BranchId)).OrderBy(s => s.Code), s => s.BranchId), assumedSize: 20);
            d.Field("partnerPrograms").Type("[PartnerProgram!]!").Description("Partner programmes (kerja sama) this branch takes part in, by code unless ordered.")
                .UseFiltering<PartnerProgram>().UseSorting<PartnerProgram>()
                .ResolveWithQueryContext<PartnerProgram>((ctx, query) => ctx.LoadLinkedAsync(
                    "partnerProgramsByOffice",
                    ctx.Parent<Branch>().Id,
                    query,
                    (db, keys) => db.PartnerProgramOffices.Where(l => keys.Contains(l.OfficeId)).OrderBy(l => l.PartnerProgram!.Code),
                    l => l.PartnerProgram!,
                    l => new Linked<PartnerProgram>(l.OfficeId, l.PartnerProgram!)), assumedSize: 5);
            AreaCoverageField.Add(d, CoverageDimension.Branch, b => b.Id);
        })
        .AddObjectType<SubBranchOffice>(d =>
        {
            d.BindFieldsExplicitly().Description("Kantor Cabang Perintis (KCP): a pioneer office under a branch, named after its regency or town.").Implements("Office");
            NodeType.ImplementNode(d, NodeTypeNames.SubBranchOffice, s => s.Id);
            AddOfficeFields(d);
            d.Field("branch").Type("Branch!").Description("The branch (Kantor Cabang) this pioneer office belongs to.").ParentRequires<SubBranchOffice>(s => s.BranchId)
                .Resolve(ctx => ctx.LoadByIdAsync("branchById", ctx.Parent<SubBranchOffice>().BranchId, (db, keys) => db.Branches.Where(b => keys.Contains(b.Id)), b => b.Id));
            AreaCoverageField.Add(d, CoverageDimension.SubBranchOffice, s => s.Id);
        });

    private static void AddOfficeFields<T>(ObjectTypeDescriptor<T> d)
        where T : Office
    {
        d.Field(o => o.Code).Description("Stable code, e.g. KC-JEMBER or KCP-LUMAJANG.");
        d.Field(o => o.Name).Description("Name as the agency writes it, e.g. Kantor Cabang Jember.");
        d.Field(o => o.Town).Description("Town the office sits in.");
        d.Field("region").Type("Region!").Description("The regional office (Kanwil) over this office.").ParentRequires<Office>(o => o.RegionId)
            .Resolve(ctx => ctx.LoadByIdAsync("regionById", ctx.Parent<Office>().RegionId, (db, keys) => db.Regions.Where(r => keys.Contains(r.Id)), r => r.Id));
        d.Field("regency").Type("Regency!").Description("The regency the office building is in.").ParentRequires<Office>(o => o.RegencyId)
            .Resolve(ctx => ctx.LoadByIdAsync("regencyById", ctx.Parent<Office>().RegencyId, (db, keys) => db.Regencies.Where(r => keys.Contains(r.Id)), r => r.Id));
        EmployerQueries.AddOfficeField(d, o => o.Id);
    }
}
