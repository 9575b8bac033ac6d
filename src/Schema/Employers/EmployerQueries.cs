using BpjsTk.Data;
using BpjsTk.Data.Employers;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Employers;

/// <summary>
/// The employer lists: offset-paged, filtered and sorted by the client (<c>where</c>/<c>order</c>), by NPP unless ordered,
/// always with the key last so pages are stable.
/// </summary>
internal static class EmployerQueries
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 500;

    public static void AddFields(ObjectTypeDescriptor query) =>
        query.Field("employers")
            .Description("Employers (perusahaan / pemberi kerja), optionally of one regency or office, by NPP unless ordered, offset-paged.")
            .Type("EmployerCollectionSegment!")
            .Argument("regencyCode", a => a.Type("String").Description("Kemendagri code of the regency, e.g. 35.09."))
            .Argument("officeCode", a => a.Type("String").Description("Code of the registering office, e.g. KC-JEMBER."))
            .Argument("skip", a => a.Type("Int").DefaultValue(0))
            .Argument("take", a => a.Type("Int").DefaultValue(DefaultPageSize))
            .UseFiltering<Employer>()
            .UseSorting<Employer>()
            .ResolvePageWithQueryContext<Employer, CollectionSegment<Employer>>(PageAsync);

    /// <summary>Adds the paged, filterable, sortable <c>employers</c> field of an office type.</summary>
    public static void AddOfficeField<T>(ObjectTypeDescriptor<T> office, Func<T, int> officeId) =>
        office.Field("employers").Type("EmployerCollectionSegment!").Description("Employers (perusahaan) registered with this office, by NPP unless ordered, offset-paged.")
            .Argument("skip", a => a.Type("Int").DefaultValue(0))
            .Argument("take", a => a.Type("Int").DefaultValue(DefaultPageSize))
            .UseFiltering<Employer>()
            .UseSorting<Employer>()
            .ResolvePageWithQueryContext<Employer, CollectionSegment<Employer>>((ctx, query) => OfficePageAsync(ctx, officeId(ctx.Parent<T>()), query));

    private static async Task<CollectionSegment<Employer>> PageAsync(IResolverContext context, QueryContext<Employer> employers)
    {
        var paging = PagingArguments.Read(context, MaxPageSize);
        var regencyCode = context.ArgumentValue<string?>("regencyCode");
        var officeCode = context.ArgumentValue<string?>("officeCode");
        var factory = context.Service<IDbContextFactory<BpjsTkDbContext>>();
        await using var db = await factory.CreateDbContextAsync(context.RequestAborted).ConfigureAwait(false);
        var query = employers.Apply(ByNpp(db).Where(e => (regencyCode == null || e.Regency!.Code == regencyCode) && (officeCode == null || e.Office!.Code == officeCode)));
        var total = await query.CountAsync(context.RequestAborted).ConfigureAwait(false);
        var items = await query.Skip(paging.Skip).Take(paging.Take).ToListAsync(context.RequestAborted).ConfigureAwait(false);
        return CollectionSegment<Employer>.Of(items, paging.Skip, total);
    }

    /// <summary>
    /// A page of an office's employers, read with the pages of every office of the level in one statement (each office's
    /// filtered, ordered rows and count as correlated subqueries), so a page of offices never costs one statement per office.
    /// </summary>
    private static async Task<CollectionSegment<Employer>> OfficePageAsync(IResolverContext context, int officeId, QueryContext<Employer> employers)
    {
        var paging = PagingArguments.Read(context, MaxPageSize);
        var (skip, take) = (paging.Skip, paging.Take);
        var page = await context.LoadByIdAsync(
            $"employersByOffice:{skip}:{take}:{employers.Key}",
            officeId,
            (db, keys) =>
            {
                var filtered = employers.Apply(ByNpp(db));
                return db.Offices.Where(o => keys.Contains(o.Id)).Select(o => new OfficeEmployerPage(
                    o.Id,
                    filtered.Where(e => e.OfficeId == o.Id).Skip(skip).Take(take).ToList(),
                    filtered.Count(e => e.OfficeId == o.Id)));
            },
            p => p.OfficeId).ConfigureAwait(false);
        return page is null ? CollectionSegment<Employer>.Of([], skip, 0) : CollectionSegment<Employer>.Of(page.Items, skip, page.Total);
    }

    // the order without a client order; the client's order replaces it and ends with the key as well
    private static IQueryable<Employer> ByNpp(BpjsTkDbContext db) => db.Employers.AsNoTracking().OrderBy(e => e.Npp).ThenBy(e => e.Id);
}
