using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Coverage;
using BpjsTk.Schema.Employers;
using BpjsTk.Schema.Geography;
using BpjsTk.Schema.Membership;
using BpjsTk.Schema.Nodes;
using BpjsTk.Schema.Offices;
using BpjsTk.Schema.Partners;
using BpjsTk.Schema.Programs;
using BpjsTk.Schema.Provenance;

namespace BpjsTk.Schema;

/// <summary>The reporting schema of BPJS Ketenagakerjaan coverage, built once per host.</summary>
public static class BpjsTkSchema
{
    /// <summary>
    /// Builds the schema. Resolvers take <c>IDbContextFactory&lt;BpjsTkDbContext&gt;</c> from the request's services
    /// (see <see cref="SchemaServiceCollectionExtensions.AddBpjsTkSchema"/>).
    /// </summary>
    public static GraphQL.Types.Schema Build() =>
        SchemaBuilder.New()
            .Description("Coverage of BPJS Ketenagakerjaan (BP Jamsostek), Indonesia's workers' social-security agency: offices, areas, employers, partner programmes and coverage figures with their sources.")
            .AddNodeInterface()
            .AddQueryType(Query)
            .AddGeographyTypes()
            .AddOfficeTypes()
            .AddEmployerTypes()
            .AddPartnerTypes()
            .AddProgramTypes()
            .AddSourceTypes()
            .AddCoverageTypes()
            .AddMembershipTypes()
            .Build();

    private static void Query(ObjectTypeDescriptor query)
    {
        NodeType.AddNodeFields(query);
        query.Field("regions").Type("[Region!]!").Description("The regional offices (Kantor Wilayah), by code.")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.Regions.OrderBy(r => r.Code), ct));
        query.Field("provinces").Type("[Province!]!").Description("The 38 provinces (Provinsi), by Kemendagri code.")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.Provinces.OrderBy(p => p.Code), ct));
        query.Field("regencies").Type("[Regency!]!").Description("Regencies and cities (Kabupaten / Kota), by Kemendagri code, optionally of one province.")
            .Argument("provinceCode", a => a.Type("String"))
            .Resolve((ctx, ct) =>
            {
                var province = ctx.ArgumentValue<string?>("provinceCode");
                return ctx.ListAsync(db => db.Regencies.Where(r => province == null || r.Province!.Code == province).OrderBy(r => r.Code), ct);
            });
        query.Field("branches").Type("[Branch!]!").Description("The branch offices (Kantor Cabang), by code.")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.Branches.OrderBy(b => b.Code), ct));
        query.Field("subBranchOffices").Type("[SubBranchOffice!]!").Description("The pioneer offices (Kantor Cabang Perintis), by code.")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.SubBranchOffices.OrderBy(s => s.Code), ct));
        query.Field("partners").Type("[Partner!]!").Description("Partners that help coverage, by code.")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.Partners.OrderBy(p => p.Code), ct));
        query.Field("partnerPrograms").Type("[PartnerProgram!]!").Description("Partner programmes (kerja sama), by code.")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.PartnerPrograms.OrderBy(p => p.Code), ct));
        query.Field("participantCategories").Type("[ParticipantCategory!]!").Description("The participant categories (kategori peserta).")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.ParticipantCategories.OrderBy(c => c.Code), ct));
        query.Field("programs").Type("[Program!]!").Description("The social-security programmes.")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.Programs.OrderBy(p => p.Code), ct));
        query.Field("occupations").Type("[Occupation!]!").Description("Occupations of informal (BPU) participants, by code.")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.Occupations.OrderBy(o => o.Code), ct));
        query.Field("sources").Type("[Source!]!").Description("The publications figures come from, by code.")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.Sources.OrderBy(s => s.Code), ct));
        EmployerQueries.AddFields(query);
        CoverageTypes.AddFields(query);
        MembershipTypes.AddFields(query);
    }
}
