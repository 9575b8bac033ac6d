using System.Linq.Expressions;
using BpjsTk.Data;
using BpjsTk.Data.Employers;
using BpjsTk.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Employers;

/// <summary>The employer list: offset-paged, ordered by NPP so pages are stable.</summary>
internal static class EmployerQueries
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 500;

    public static void AddFields(ObjectTypeDescriptor query) =>
        query.Field("employers")
            .Description("Employers (perusahaan / pemberi kerja), optionally of one regency or office, ordered by NPP, offset-paged.")
            .Type("EmployerCollectionSegment!")
            .Argument("regencyCode", a => a.Type("String").Description("Kemendagri code of the regency, e.g. 35.09."))
            .Argument("officeCode", a => a.Type("String").Description("Code of the registering office, e.g. KC-JEMBER."))
            .Argument("skip", a => a.Type("Int").DefaultValue(0))
            .Argument("take", a => a.Type("Int").DefaultValue(DefaultPageSize))
            .Resolve((ctx, ct) =>
            {
                var regencyCode = ctx.ArgumentValue<string?>("regencyCode");
                var officeCode = ctx.ArgumentValue<string?>("officeCode");
                return PageAsync(
                    ctx,
                    e => (regencyCode == null || e.Regency!.Code == regencyCode) && (officeCode == null || e.Office!.Code == officeCode),
                    ct);
            });

    public static async Task<CollectionSegment<Employer>> PageAsync(IResolverContext context, Expression<Func<Employer, bool>> filter, CancellationToken cancellationToken)
    {
        var paging = PagingArguments.Read(context, MaxPageSize);
        var factory = context.Service<IDbContextFactory<BpjsTkDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Employers.AsNoTracking().Where(filter);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.OrderBy(e => e.Npp).ThenBy(e => e.Id).Skip(paging.Skip).Take(paging.Take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return CollectionSegment<Employer>.Of(items, paging.Skip, total);
    }

    /// <summary>
    /// A page of an office's employers, read with the pages of every office of the level in one statement (each office's
    /// rows and count as correlated subqueries), so a page of offices never costs one statement per office.
    /// </summary>
    public static async Task<CollectionSegment<Employer>> OfficePageAsync(IResolverContext context, int officeId)
    {
        var paging = PagingArguments.Read(context, MaxPageSize);
        var (skip, take) = (paging.Skip, paging.Take);
        var page = await context.LoadByIdAsync(
            $"employersByOffice:{skip}:{take}",
            officeId,
            (db, keys) => db.Offices.Where(o => keys.Contains(o.Id)).Select(o => new OfficeEmployerPage(
                o.Id,
                db.Employers.Where(e => e.OfficeId == o.Id).OrderBy(e => e.Npp).ThenBy(e => e.Id).Skip(skip).Take(take).ToList(),
                db.Employers.Count(e => e.OfficeId == o.Id))),
            p => p.OfficeId).ConfigureAwait(false);
        return page is null ? CollectionSegment<Employer>.Of([], skip, 0) : CollectionSegment<Employer>.Of(page.Items, skip, page.Total);
    }
}
