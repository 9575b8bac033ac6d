using System.Globalization;
using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Employers;
using BpjsTk.Schema.Membership;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>The change history of loaded data: newest first, offset-paged, filtered by entity, actor and time; for data:write and admin keys.</summary>
internal static class DataChangeQueries
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 500;

    public static void AddFields(ObjectTypeDescriptor query) =>
        query.Field("dataChanges")
            .Description("Changes of loaded data, newest first: who changed which entity when, with the values before and after. Needs the data:write or admin scope.")
            .Type("DataChangeCollectionSegment!")
            .Argument("entity", a => a.Type("String").Description("Only changes of this entity: CoverageFigure, Employer, Partner, PartnerProgram, Source, Target or WorkforcePotential."))
            .Argument("entityKey", a => a.Type("String").Description("Only changes of the entity with this natural key (an NPP, a code)."))
            .Argument("changedBy", a => a.Type("String").Description("Only changes by this actor, e.g. client:jember-data-desk or cli:operator."))
            .Argument("changedFrom", a => a.Type("String").Description("Only changes at or after this time, ISO 8601 (2026-11-01 or 2026-11-01T08:00:00+07:00; UTC without an offset)."))
            .Argument("changedBefore", a => a.Type("String").Description("Only changes before this time, ISO 8601."))
            .Argument("skip", a => a.Type("Int").DefaultValue(0))
            .Argument("take", a => a.Type("Int").DefaultValue(DefaultPageSize).Description($"At most {MaxPageSize}."))
            .Resolve(PageAsync);

    private static async Task<CollectionSegment<DataChangeRecord>> PageAsync(IResolverContext context, CancellationToken cancellationToken)
    {
        CallerAuthorization.Require(context, ApiScopes.DataWrite);
        var paging = PagingArguments.Read(context, MaxPageSize);
        var entity = context.ArgumentValue<string?>("entity");
        var entityKey = context.ArgumentValue<string?>("entityKey");
        var changedBy = context.ArgumentValue<string?>("changedBy");
        var from = Time(context, "changedFrom");
        var before = Time(context, "changedBefore");
        await using var db = await context.Service<IDbContextFactory<BpjsTkDbContext>>().CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var changes = db.Set<DataChange>().AsNoTracking()
            .Where(c => (entity == null || c.Entity == entity) && (entityKey == null || c.EntityKey == entityKey) && (changedBy == null || c.ChangedBy == changedBy)
                && (from == null || c.ChangedAt >= from) && (before == null || c.ChangedAt < before));
        var total = await changes.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await changes.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Skip(paging.Skip).Take(paging.Take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.ConvertAll(c => new DataChangeRecord(
            DateTime.SpecifyKind(c.ChangedAt, DateTimeKind.Utc).ToString("o", CultureInfo.InvariantCulture),
            c.ChangedBy, c.Entity, c.EntityKey, c.Action, c.OldValues, c.NewValues));
        return CollectionSegment<DataChangeRecord>.Of(items, paging.Skip, total);
    }

    private static DateTime? Time(IResolverContext context, string argument)
    {
        if (context.ArgumentValue<string?>(argument) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time.UtcDateTime;
        }

        throw new GraphQLException(GraphQLError.WithCode($"The argument \"{argument}\" is not a time: write ISO 8601, e.g. 2026-11-01T08:00:00Z.", IngestionErrorCodes.FormatInvalid));
    }
}
