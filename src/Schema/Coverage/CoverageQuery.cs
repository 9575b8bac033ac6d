using System.Globalization;
using System.Linq.Expressions;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Storage;
using BpjsTk.Data;
using BpjsTk.GraphQL.Data.Sorting;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Coverage;

/// <summary>
/// Computes coverage rows in the database: the filtered, grouped facts of <see cref="CoverageFactSql"/>, ordered and
/// paged by LINQ, with the sources of each row in the same statement.
/// </summary>
internal static class CoverageQuery
{
    public static async Task<CoveragePage> RunAsync(BpjsTkDbContext db, CoverageRequest request, bool countRows, bool compareWithPrevious, CancellationToken cancellationToken)
    {
        var byPeriod = compareWithPrevious && request.GroupBy.Contains(CoverageDimension.Period);
        var inOneStatement = byPeriod && Aligned(request.Filter, request.Granularity);
        var groups = Aggregate(db, request, request.Filter, inOneStatement);
        var ordered = Order(db, groups, request.Order);
        var page = await ordered.Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken).ConfigureAwait(false);
        var total = countRows && (request.Skip > 0 || page.Count == request.Take)
            ? await groups.CountAsync(cancellationToken).ConfigureAwait(false)
            : request.Skip + page.Count;
        if (byPeriod && !inOneStatement && page.Count > 0)
        {
            var previous = await PreviousPeriodsAsync(db, request, page, cancellationToken).ConfigureAwait(false);
            foreach (var a in page.Where(a => a.Period is not null))
            {
                if (previous.TryGetValue(KeyOf(a) with { Period = PeriodText.Previous(a.Period!.Value, request.Granularity) }, out var before))
                {
                    a.PreviousPeriod = before.Period;
                    a.PreviousActiveParticipants = before.ActiveParticipants;
                }
            }
        }

        var rows = page.Select(a => ToRow(a, request.Granularity)).ToList();
        return new CoveragePage(rows, request.Skip, total);
    }

    // a range of whole periods widened by one period gives each row its previous one in the same statement (LAG)
    private static bool Aligned(CoverageFilterInput filter, PeriodGranularity granularity)
    {
        var months = MonthsIn(granularity);
        return (!PeriodText.TryParse(filter.From, out var from, out _) || (from.Number - 1) % months == 0)
            && (!PeriodText.TryParse(filter.To, out _, out var to) || to.Number % months == 0);
    }

    private static int MonthsIn(PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Year => 12,
        PeriodGranularity.Quarter => 3,
        _ => 1,
    };

    // a range that cuts periods: the same aggregate over the range shifted one period earlier, for the page's keys only, in one more statement
    private static async Task<Dictionary<CoverageKey, CoverageAggregate>> PreviousPeriodsAsync(BpjsTkDbContext db, CoverageRequest request, List<CoverageAggregate> page, CancellationToken cancellationToken)
    {
        var months = MonthsIn(request.Granularity);
        var filter = request.Filter;
        var shifted = new CoverageFilterInput
        {
            From = PeriodText.TryParse(filter.From, out var from, out _) ? from.AddMonths(-months).ToString() : null,
            To = PeriodText.TryParse(filter.To, out _, out var to) ? to.AddMonths(-months).ToString() : null,
            RegionCodes = filter.RegionCodes,
            ProvinceCodes = filter.ProvinceCodes,
            RegencyCodes = filter.RegencyCodes,
            BranchCodes = filter.BranchCodes,
            SubBranchOfficeCodes = filter.SubBranchOfficeCodes,
            Categories = filter.Categories,
            OccupationCodes = filter.OccupationCodes,
            Programs = filter.Programs,
            PartnerProgramCodes = filter.PartnerProgramCodes,
        };
        var keys = page.Where(a => a.Period is not null).Select(a => (int?)PeriodText.Previous(a.Period!.Value, request.Granularity)).Distinct().ToList();
        var rows = await Aggregate(db, request, shifted, previous: false).Where(a => keys.Contains(a.Period)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(KeyOf);
    }

    private static CoverageKey KeyOf(CoverageAggregate a) =>
        new(a.RegionId, a.ProvinceId, a.RegencyId, a.BranchId, a.SubBranchOfficeId, a.Category, a.OccupationId, a.Program, a.PartnerProgramId, a.Period);

    // every filter goes into the SQL itself: stock measures take the last month reported within the range
    private static IQueryable<CoverageAggregate> Aggregate(BpjsTkDbContext db, CoverageRequest request, CoverageFilterInput filter, bool previous)
    {
        var first = PeriodText.TryParse(filter.From, out var from, out _) ? from.ToYyyymm() : CoverageFactSql.NoStart;
        var last = PeriodText.TryParse(filter.To, out _, out var to) ? to.ToYyyymm() : CoverageFactSql.NoEnd;
        int? keepFrom = null;
        if (previous && first != CoverageFactSql.NoStart)
        {
            keepFrom = request.Granularity switch
            {
                PeriodGranularity.Year => from.Year,
                PeriodGranularity.Quarter => (from.Year * 10) + from.Quarter,
                _ => first,
            };
            first = from.AddMonths(-MonthsIn(request.Granularity)).ToYyyymm();
        }

        var parameters = new List<object>();
        var sql = CoverageFactSql.For(request, filter, first, last, db.Database.IsNpgsql(), parameters, previous, keepFrom);
        return db.Database.SqlQueryRaw<CoverageAggregate>(sql, [.. parameters]);
    }

    private static IQueryable<CoverageAggregate> Order(BpjsTkDbContext db, IQueryable<CoverageAggregate> groups, IReadOnlyList<CoverageOrderInput> order)
    {
        IOrderedQueryable<CoverageAggregate>? ordered = null;
        foreach (var item in order)
        {
            var direction = item.Direction;
            ordered = item.Field switch
            {
                CoverageSortField.Region => By(By(groups, ordered, a => db.Regions.Where(r => r.Id == a.RegionId).Select(r => r.Name).FirstOrDefault(), direction), a => a.RegionId, direction),
                CoverageSortField.Province => By(By(groups, ordered, a => db.Provinces.Where(p => p.Id == a.ProvinceId).Select(p => p.Name).FirstOrDefault(), direction), a => a.ProvinceId, direction),
                CoverageSortField.Regency => By(By(groups, ordered, a => db.Regencies.Where(r => r.Id == a.RegencyId).Select(r => r.Name).FirstOrDefault(), direction), a => a.RegencyId, direction),
                CoverageSortField.Branch => By(By(groups, ordered, a => db.Offices.Where(o => o.Id == a.BranchId).Select(o => o.Name).FirstOrDefault(), direction), a => a.BranchId, direction),
                CoverageSortField.SubBranchOffice => By(By(groups, ordered, a => db.Offices.Where(o => o.Id == a.SubBranchOfficeId).Select(o => o.Name).FirstOrDefault(), direction), a => a.SubBranchOfficeId, direction),
                CoverageSortField.Category => By(groups, ordered, a => a.Category, direction),
                CoverageSortField.Occupation => By(By(groups, ordered, a => db.Occupations.Where(o => o.Id == a.OccupationId).Select(o => o.Name).FirstOrDefault(), direction), a => a.OccupationId, direction),
                CoverageSortField.Program => By(groups, ordered, a => a.Program, direction),
                CoverageSortField.PartnerProgram => By(By(groups, ordered, a => db.PartnerPrograms.Where(p => p.Id == a.PartnerProgramId).Select(p => p.Name).FirstOrDefault(), direction), a => a.PartnerProgramId, direction),
                CoverageSortField.Period => By(groups, ordered, a => a.Period, direction),
                CoverageSortField.ActiveParticipants => By(groups, ordered, a => a.ActiveParticipants, direction),
                CoverageSortField.NewParticipants => By(groups, ordered, a => a.NewParticipants, direction),
                CoverageSortField.ActiveEmployers => By(groups, ordered, a => a.ActiveEmployers, direction),
                CoverageSortField.Contributions => By(groups, ordered, a => a.Contributions, direction),
                CoverageSortField.WadahCount => By(groups, ordered, a => a.WadahCount, direction),
                CoverageSortField.PotentialWorkforce => By(groups, ordered, a => a.PotentialWorkforce, direction),
                CoverageSortField.CoverageRate => By(groups, ordered, a => (double?)a.ActiveParticipants / a.PotentialWorkforce, direction),
                CoverageSortField.Target => By(groups, ordered, a => a.Target, direction),
                CoverageSortField.TargetAttainment => By(groups, ordered, a => (double?)a.ActiveParticipants / a.Target, direction),
                CoverageSortField.NewParticipantsTarget => By(groups, ordered, a => a.NewParticipantsTarget, direction),
                CoverageSortField.NewParticipantsTargetAttainment => By(groups, ordered, a => (double?)a.NewParticipants / a.NewParticipantsTarget, direction),
                CoverageSortField.ActiveEmployersTarget => By(groups, ordered, a => a.ActiveEmployersTarget, direction),
                CoverageSortField.ActiveEmployersTargetAttainment => By(groups, ordered, a => (double?)a.ActiveEmployers / a.ActiveEmployersTarget, direction),
                CoverageSortField.CoverageGap => By(groups, ordered, a => a.PotentialWorkforce - a.ActiveParticipants, direction),
                _ => throw new ArgumentOutOfRangeException(nameof(order), item.Field, "Unknown sort field."),
            };
        }

        // every key last, so pages never overlap
        ordered = By(groups, ordered, a => a.Period, SortDirection.Ascending);
        ordered = ordered.ThenBy(a => a.RegionId).ThenBy(a => a.ProvinceId).ThenBy(a => a.RegencyId).ThenBy(a => a.BranchId)
            .ThenBy(a => a.SubBranchOfficeId).ThenBy(a => a.Category).ThenBy(a => a.OccupationId).ThenBy(a => a.Program).ThenBy(a => a.PartnerProgramId);
        return ordered;
    }

    // the id after the name: names repeat (two regencies may share one), ids do not
    private static IOrderedQueryable<CoverageAggregate> By(IOrderedQueryable<CoverageAggregate> ordered, Expression<Func<CoverageAggregate, int?>> id, SortDirection direction) =>
        direction == SortDirection.Descending ? ordered.ThenByDescending(id) : ordered.ThenBy(id);

    // nulls last in both directions, so SQLite and PostgreSQL (which disagree on where NULL sorts) give the same pages
    private static IOrderedQueryable<CoverageAggregate> By<TKey>(IQueryable<CoverageAggregate> groups, IOrderedQueryable<CoverageAggregate>? ordered, Expression<Func<CoverageAggregate, TKey>> key, SortDirection direction)
    {
        var isNull = Expression.Lambda<Func<CoverageAggregate, int>>(
            Expression.Condition(Expression.Equal(key.Body, Expression.Constant(null, typeof(TKey))), Expression.Constant(1), Expression.Constant(0)),
            key.Parameters);
        var nullsLast = ordered is null ? groups.OrderBy(isNull) : ordered.ThenBy(isNull);
        return direction == SortDirection.Descending ? nullsLast.ThenByDescending(key) : nullsLast.ThenBy(key);
    }

    private static CoverageRow ToRow(CoverageAggregate a, PeriodGranularity granularity)
    {
        // LAG gives the row before in time, which is the previous period only when no period is missing between them
        var was = a.Period is { } current && a.PreviousPeriod == PeriodText.Previous(current, granularity) ? a.PreviousActiveParticipants : null;
        return new CoverageRow
        {
            RegionId = a.RegionId,
            ProvinceId = a.ProvinceId,
            RegencyId = a.RegencyId,
            BranchId = a.BranchId,
            SubBranchOfficeId = a.SubBranchOfficeId,
            Category = a.Category is null ? null : Enum.GetValues<ParticipantCategoryCode>().First(c => EnumNames.Of(c) == a.Category),
            OccupationId = a.OccupationId,
            Program = a.Program is null ? null : Enum.GetValues<ProgramCode>().First(p => EnumNames.Of(p) == a.Program),
            PartnerProgramId = a.PartnerProgramId,
            Period = a.Period is { } period ? PeriodText.Format(period, granularity) : null,
            ActiveParticipants = a.ActiveParticipants,
            NewParticipants = a.NewParticipants,
            ActiveEmployers = a.ActiveEmployers,
            Contributions = a.Contributions,
            WadahCount = a.WadahCount,
            PotentialWorkforce = a.PotentialWorkforce,
            Target = a.Target,
            NewParticipantsTarget = a.NewParticipantsTarget,
            ActiveEmployersTarget = a.ActiveEmployersTarget,
            ChangeFromPreviousPeriod = was is { } before && a.ActiveParticipants is { } now
                ? new PeriodChange(PeriodText.Format(a.PreviousPeriod!.Value, granularity), before, now - before, before == 0 ? null : (double)(now - before) / before)
                : null,
            SourceIds = [.. a.SourceIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).Distinct().Order()],
        };
    }
}
