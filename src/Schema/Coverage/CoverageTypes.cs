using BpjsTk.Data;
using BpjsTk.GraphQL.Data.Sorting;
using BpjsTk.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Coverage;

/// <summary>The coverage report: its input types, its flat row type and the root field <c>coverage(...)</c>.</summary>
internal static class CoverageTypes
{
    public const int DefaultPageSize = 100;

    public static SchemaBuilder AddCoverageTypes(this SchemaBuilder builder) => builder
        .AddEnumType<CoverageDimension>(d => d.Description("A key coverage rows can be grouped by."))
        .AddEnumType<PeriodGranularity>(d => d.Description("How finely the PERIOD dimension groups months."))
        .AddEnumType<CoverageSortField>(d => d.Description("What coverage rows can be ordered by: every key (areas, offices, occupations and partner programmes by name, then id; categories and programmes by code) and every measure."))
        .AddEnumType<SortDirection>(d =>
        {
            // The same SortEnumType the generated XSortInput types use, so both sort arguments share one enum.
            d.Name("SortEnumType");
            d.Value(SortDirection.Ascending).Name("ASC");
            d.Value(SortDirection.Descending).Name("DESC");
        })
        .AddInputObjectType<CoverageOrderInput>(d =>
        {
            d.Description("One ordering of coverage rows.");
            d.Field(o => o.Direction).DefaultValue(SortDirection.Ascending);
        })
        .AddInputObjectType<CoverageFilterInput>(d =>
        {
            d.Description("Which figures go into the rows: a period range and codes on any dimension (empty means all).");
            d.Field(f => f.From).Description("First period: 2016, 2016-Q4 or 2016-12.");
            d.Field(f => f.To).Description("Last period: 2016, 2016-Q4 or 2016-12.");
            d.Field(f => f.RegionCodes).Description("Kanwil codes, e.g. SUMBAGSEL.");
            d.Field(f => f.ProvinceCodes).Description("Kemendagri province codes, e.g. 16.");
            d.Field(f => f.RegencyCodes).Description("Kemendagri regency codes, e.g. 35.09.");
            d.Field(f => f.BranchCodes).Description("Kantor Cabang codes, e.g. KC-JEMBER.");
            d.Field(f => f.SubBranchOfficeCodes).Description("Kantor Cabang Perintis codes, e.g. KCP-LUMAJANG.");
        })
        .AddObjectType<CoverageRow>(d =>
        {
            d.Description("One flat row of a coverage report (data kepesertaan): the keys it is grouped by, the measured figures, and their sources. Keys not grouped by are null.");
            d.Ignore(r => r.RegionId).Ignore(r => r.ProvinceId).Ignore(r => r.RegencyId).Ignore(r => r.BranchId).Ignore(r => r.SubBranchOfficeId)
                .Ignore(r => r.OccupationId).Ignore(r => r.PartnerProgramId).Ignore(r => r.SourceIds);
            d.Field("region").Type("Region").Resolve(ctx => ctx.Parent<CoverageRow>().RegionId is { } id
                ? ctx.LoadByIdAsync("regionById", id, (db, keys) => db.Regions.Where(r => keys.Contains(r.Id)), r => r.Id)
                : Task.FromResult<Data.Geography.Region?>(null));
            d.Field("province").Type("Province").Resolve(ctx => ctx.Parent<CoverageRow>().ProvinceId is { } id
                ? ctx.LoadByIdAsync("provinceById", id, (db, keys) => db.Provinces.Where(r => keys.Contains(r.Id)), r => r.Id)
                : Task.FromResult<Data.Geography.Province?>(null));
            d.Field("regency").Type("Regency").Resolve(ctx => ctx.Parent<CoverageRow>().RegencyId is { } id
                ? ctx.LoadByIdAsync("regencyById", id, (db, keys) => db.Regencies.Where(r => keys.Contains(r.Id)), r => r.Id)
                : Task.FromResult<Data.Geography.Regency?>(null));
            d.Field("branch").Type("Branch").Resolve(ctx => ctx.Parent<CoverageRow>().BranchId is { } id
                ? ctx.LoadByIdAsync("branchById", id, (db, keys) => db.Branches.Where(r => keys.Contains(r.Id)), r => r.Id)
                : Task.FromResult<Data.Offices.Branch?>(null));
            d.Field("subBranchOffice").Type("SubBranchOffice").Resolve(ctx => ctx.Parent<CoverageRow>().SubBranchOfficeId is { } id
                ? ctx.LoadByIdAsync("subBranchOfficeById", id, (db, keys) => db.SubBranchOffices.Where(r => keys.Contains(r.Id)), r => r.Id)
                : Task.FromResult<Data.Offices.SubBranchOffice?>(null));
            d.Field("occupation").Type("Occupation").Resolve(ctx => ctx.Parent<CoverageRow>().OccupationId is { } id
                ? ctx.LoadByIdAsync("occupationById", id, (db, keys) => db.Occupations.Where(r => keys.Contains(r.Id)), r => r.Id)
                : Task.FromResult<Data.Programs.Occupation?>(null));
            d.Field("partnerProgram").Type("PartnerProgram").Resolve(ctx => ctx.Parent<CoverageRow>().PartnerProgramId is { } id
                ? ctx.LoadByIdAsync("partnerProgramById", id, (db, keys) => db.PartnerPrograms.Where(r => keys.Contains(r.Id)), r => r.Id)
                : Task.FromResult<Data.Partners.PartnerProgram?>(null));
            d.Field(r => r.Period).Description("The period key: 2016 (YEAR), 2016-Q4 (QUARTER) or 2016-12 (MONTH).");
            d.Field(r => r.ActiveParticipants).Description("Active participants (peserta aktif) at the end of the period: each slice's last month reported within it.");
            d.Field(r => r.NewParticipants).Description("Participants newly registered in the period.");
            d.Field(r => r.ActiveEmployers).Description("Active employers (perusahaan aktif) at the end of the period: each slice's last month reported within it.");
            d.Field(r => r.Contributions).Description("Contributions (iuran) received, in rupiah.");
            d.Field(r => r.WadahCount).Description("Wadah: organised groups through which informal workers enrol and pay together.");
            d.Field(r => r.PotentialWorkforce).Description("Potensi: the workforce that could be covered (BPS Sakernas or the agency's estimate).");
            d.Field(r => r.Target).Description("Target of active participants at the end of the period.");
            d.Field(r => r.NewParticipantsTarget).Description("Target of participants newly registered in the period (summed over the months or years it spans).");
            d.Field(r => r.ActiveEmployersTarget).Description("Target of active employers at the end of the period.");
            d.Field(r => r.CoverageRate).Description("activeParticipants / potentialWorkforce, 0.0365 = 3.65%; null where either is unknown.");
            d.Field(r => r.CoverageGap).Description("potentialWorkforce - activeParticipants: workers not yet covered; null where either is unknown.");
            d.Field(r => r.TargetAttainment).Description("activeParticipants / target; null where either is unknown.");
            d.Field(r => r.NewParticipantsTargetAttainment).Description("newParticipants / newParticipantsTarget; null where either is unknown.");
            d.Field(r => r.ActiveEmployersTargetAttainment).Description("activeEmployers / activeEmployersTarget; null where either is unknown.");
            d.Field(r => r.ChangeFromPreviousPeriod).Description("Active participants against the period before; null without PERIOD in groupBy or without a figure for the period before.");
            d.Field("sources").Type("[Source!]!").Description("Where the figures of this row were published.")
                .Resolve(async ctx =>
                {
                    // every id enqueued before the first await, so all rows' sources share one batch
                    var loads = ctx.Parent<CoverageRow>().SourceIds
                        .Select(id => ctx.LoadByIdAsync("sourceById", id, (db, keys) => db.Sources.Where(s => keys.Contains(s.Id)), s => s.Id))
                        .ToList();
                    return (await Task.WhenAll(loads).ConfigureAwait(false)).OfType<Data.Provenance.Source>().ToArray();
                });
        })
        .AddObjectType<PeriodChange>(d => d.Description("How active participants changed from the period before."))
        .AddObjectType<CoveragePage>(d =>
        {
            d.Name("CoverageCollectionSegment").Description("A page of coverage rows.");
            d.Ignore(p => p.Skip).Ignore(p => p.HasNextPage).Ignore(p => p.HasPreviousPage);
            d.Field("pageInfo").Type("CollectionSegmentInfo!").Resolve(ctx =>
            {
                var page = ctx.Parent<CoveragePage>();
                return new Employers.CollectionSegmentInfo(page.HasNextPage, page.HasPreviousPage);
            });
        });

    public static void AddFields(ObjectTypeDescriptor query) =>
        query.Field("coverage")
            .Description("Coverage figures grouped by any combination of dimensions, computed in the database: flat rows of keys and measures for BI tools.")
            .Type("CoverageCollectionSegment!")
            .Argument("groupBy", a => a.Type("[CoverageDimension!]!").Description("The keys of each row; PERIOD groups by the granularity."))
            .Argument("granularity", a => a.Type("PeriodGranularity!").DefaultValue(PeriodGranularity.Year))
            .Argument("where", a => a.Type("CoverageFilterInput"))
            .Argument("order", a => a.Type("[CoverageOrderInput!]"))
            .Argument("skip", a => a.Type("Int!").DefaultValue(0))
            .Argument("take", a => a.Type("Int!").DefaultValue(DefaultPageSize))
            .Resolve(async (ctx, ct) =>
            {
                var request = new CoverageRequest(
                    ctx.ArgumentValue<List<CoverageDimension>>("groupBy"),
                    ctx.ArgumentValue<PeriodGranularity>("granularity"),
                    ctx.ArgumentValue<CoverageFilterInput?>("where") ?? new CoverageFilterInput(),
                    ctx.ArgumentValue<List<CoverageOrderInput>?>("order") ?? [],
                    ctx.ArgumentValue<int>("skip"),
                    ctx.ArgumentValue<int>("take"));
                var validation = await new CoverageRequestValidator().ValidateAsync(request, ct).ConfigureAwait(false);
                if (!validation.IsValid)
                {
                    throw ValidationErrors.ToException(validation);
                }

                var factory = ctx.Service<IDbContextFactory<BpjsTkDbContext>>();
                await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
                // the total and the previous period cost a statement each: only when the document asks for them
                var page = ctx.Selection.GetSelections(ctx.Schema.GetType<ObjectType>("CoverageCollectionSegment"));
                var countRows = page.Any(f => f.Field.Name is "totalCount" or "pageInfo");
                var rowType = ctx.Schema.GetType<ObjectType>("CoverageRow");
                var compareWithPrevious = page.Where(f => f.Field.Name == "items")
                    .Any(items => items.GetSelections(rowType).Any(f => f.Field.Name == "changeFromPreviousPeriod"));
                return await CoverageQuery.RunAsync(db, request, countRows, compareWithPrevious, ct).ConfigureAwait(false);
            });
}
