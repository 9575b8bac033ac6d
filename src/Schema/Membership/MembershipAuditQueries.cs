using System.Globalization;
using BpjsTk.Data;
using BpjsTk.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Membership;

/// <summary>The audit of membership checks, newest first, for the admin scope.</summary>
internal static class MembershipAuditQueries
{
    public const int MaxPageSize = 1_000;

    public static void AddFields(ObjectTypeDescriptor query) =>
        query.Field("membershipChecks")
            .Description("Audited membership checks, newest first: time, client, purpose, subject (a keyed hash) and result. Needs the admin scope.")
            .Type("[MembershipCheckRecord!]")
            .Argument("clientName", a => a.Type("String").Description("Only this client's checks."))
            .Argument("skip", a => a.Type("Int!").DefaultValue(0))
            .Argument("take", a => a.Type("Int!").DefaultValue(100).Description($"At most {MaxPageSize}."))
            .Resolve(async (ctx, ct) =>
            {
                CallerAuthorization.Require(ctx, ApiScopes.Admin);
                var clientName = ctx.ArgumentValue<string?>("clientName");
                var skip = Math.Max(0, ctx.ArgumentValue<int>("skip"));
                var take = Math.Clamp(ctx.ArgumentValue<int>("take"), 0, MaxPageSize);
                await using var db = await ctx.Service<IDbContextFactory<BpjsTkDbContext>>().CreateDbContextAsync(ct).ConfigureAwait(false);
                var rows = await db.MembershipCheckAudits.AsNoTracking()
                    .Where(a => clientName == null || a.Client!.Name == clientName)
                    .OrderByDescending(a => a.Id)
                    .Skip(skip).Take(take)
                    .Select(a => new { a.CheckedAt, ClientName = a.Client!.Name, a.Purpose, a.SubjectKind, a.SubjectHash, a.Result })
                    .ToListAsync(ct).ConfigureAwait(false);
                return rows.Select(r => new MembershipCheckRecord(
                    DateTime.SpecifyKind(r.CheckedAt, DateTimeKind.Utc).ToString("o", CultureInfo.InvariantCulture),
                    r.ClientName, r.Purpose, r.SubjectKind, Convert.ToHexStringLower(r.SubjectHash), r.Result)).ToList();
            });
}
