using BpjsTk.Data;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities.CostAnalysis;
using BpjsTk.Schema.Coverage;
using BpjsTk.Schema.Employers;
using BpjsTk.Schema.Geography;
using BpjsTk.Schema.Ingestion;
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
    /// The cost limit of this schema: 20,000 admits a dashboard of four nested lists ten deep (regions, provinces, regencies,
    /// offices with <c>first: 10</c>: 11,111) and refuses a page of 500 under a page of 500 (250,000 and more).
    /// </summary>
    public static CostOptions Cost { get; } = CostOptions.Default with { MaxCost = 20_000 };

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
            .AddIngestionTypes()
            .ConfigureDataType<Data.Geography.Region>(d => d.Ignore(r => r.Id))
            .ConfigureDataType<Data.Geography.Province>(d => d.Ignore(p => p.Id).Ignore(p => p.RegionId))
            .ConfigureDataType<Data.Geography.Regency>(d => d.Ignore(r => r.Id).Ignore(r => r.ProvinceId))
            .ConfigureDataType<Data.Offices.Office>(d => d.Ignore(o => o.Id).Ignore(o => o.RegionId).Ignore(o => o.RegencyId))
            .ConfigureDataType<Data.Offices.Branch>(d => d.Ignore(b => b.Id).Ignore(b => b.RegionId).Ignore(b => b.RegencyId))
            .ConfigureDataType<Data.Offices.SubBranchOffice>(d => d.Ignore(s => s.Id).Ignore(s => s.RegionId).Ignore(s => s.RegencyId).Ignore(s => s.BranchId))
            .ConfigureDataType<Data.Employers.Employer>(d => d.Ignore(e => e.Id).Ignore(e => e.RegencyId).Ignore(e => e.OfficeId))
            .ConfigureDataType<Data.Partners.Partner>(d => d.Ignore(p => p.Id))
            .ConfigureDataType<Data.Partners.PartnerProgram>(d => d.Ignore(p => p.Id).Ignore(p => p.PartnerId).Ignore(p => p.SourceId))
            .ConfigureDataType<Data.Programs.Occupation>(d => d.Ignore(o => o.Id))
            .ConfigureDataType<Data.Provenance.Source>(d => d.Ignore(s => s.Id))
            .AddDataFeatures()
            .Build();

    // a cursor-paged, filterable, sortable, projected root list (HotChocolate's shape), ordered by code unless the client sorts
    private static void List<T>(ObjectTypeDescriptor query, string name, string description, Func<BpjsTkDbContext, IQueryable<T>> source)
        where T : class =>
        query.Field(name).Description(description)
            .UsePaging<T>(new PagingOptions { DefaultPageSize = 50, MaxPageSize = 500 })
            .UseProjection<T>()
            .UseFiltering<T>()
            .UseSorting<T>()
            .Resolve(ctx => source(EntityLoaders.QueryContext(ctx)));

    private static void Query(ObjectTypeDescriptor query)
    {
        NodeType.AddNodeFields(query);
        List(query, "regions", "The regional offices (Kantor Wilayah).", db => db.Regions.OrderBy(r => r.Code));
        List(query, "provinces", "The 38 provinces (Provinsi).", db => db.Provinces.OrderBy(p => p.Code));
        List(query, "regencies", "Regencies and cities (Kabupaten / Kota).", db => db.Regencies.OrderBy(r => r.Code));
        List(query, "branches", "The branch offices (Kantor Cabang).", db => db.Branches.OrderBy(b => b.Code));
        List(query, "subBranchOffices", "The pioneer offices (Kantor Cabang Perintis).", db => db.SubBranchOffices.OrderBy(s => s.Code));
        List(query, "partners", "Partners that help coverage.", db => db.Partners.OrderBy(p => p.Code));
        List(query, "partnerPrograms", "Partner programmes (kerja sama).", db => db.PartnerPrograms.OrderBy(p => p.Code));
        List(query, "occupations", "Occupations of informal (BPU) participants.", db => db.Occupations.OrderBy(o => o.Code));
        List(query, "sources", "The publications figures come from.", db => db.Sources.OrderBy(s => s.Code));
        query.Field("participantCategories").Type("[ParticipantCategory!]!").Description("The participant categories (kategori peserta).")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.ParticipantCategories.OrderBy(c => c.Code), ct));
        query.Field("programs").Type("[Program!]!").Description("The social-security programmes.")
            .Resolve((ctx, ct) => ctx.ListAsync(db => db.Programs.OrderBy(p => p.Code), ct));
        EmployerQueries.AddFields(query);
        CoverageTypes.AddFields(query);
        MembershipTypes.AddFields(query);
        DataChangeQueries.AddFields(query);
    }
}
