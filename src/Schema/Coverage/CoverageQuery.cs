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
/// Computes coverage rows in the database: filters the flattened facts, groups them with LINQ GroupBy (SQL GROUP BY),
/// orders and pages, with the sources of each row in the same statement.
/// </summary>
internal static class CoverageQuery
{
    public static async Task<CoveragePage> RunAsync(BpjsTkDbContext db, CoverageRequest request, bool countRows, bool compareWithPrevious, CancellationToken cancellationToken)
    {
        var groups = Aggregate(Facts(db, request, request.Filter));
        var ordered = Order(db, groups, request.Order);
        var page = await ordered.Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken).ConfigureAwait(false);
        var total = countRows && (request.Skip > 0 || page.Count == request.Take)
            ? await groups.CountAsync(cancellationToken).ConfigureAwait(false)
            : request.Skip + page.Count;
        var previous = compareWithPrevious && page.Count > 0 && request.GroupBy.Contains(CoverageDimension.Period)
            ? await PreviousPeriodsAsync(db, request, page, cancellationToken).ConfigureAwait(false)
            : [];
        var rows = page.Select(a => ToRow(a, request.Granularity, previous)).ToList();
        return new CoveragePage(rows, request.Skip, total);
    }

    // the same aggregate one period earlier, for the page's keys only: one more statement
    private static async Task<Dictionary<CoverageKey, CoverageAggregate>> PreviousPeriodsAsync(BpjsTkDbContext db, CoverageRequest request, List<CoverageAggregate> page, CancellationToken cancellationToken)
    {
        var months = request.Granularity switch
        {
            PeriodGranularity.Year => 12,
            PeriodGranularity.Quarter => 3,
            _ => 1,
        };
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
        var facts = Facts(db, request, shifted);
        var keys = page.Where(a => a.Period is not null).Select(a => (int?)PeriodText.Previous(a.Period!.Value, request.Granularity)).Distinct().ToList();
        var rows = await Aggregate(facts).Where(a => keys.Contains(a.Period)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(KeyOf);
    }

    private static CoverageKey KeyOf(CoverageAggregate a) =>
        new(a.RegionId, a.ProvinceId, a.RegencyId, a.BranchId, a.SubBranchOfficeId, a.Category, a.OccupationId, a.Program, a.PartnerProgramId, a.Period);

    // the period range and the categories go into the SQL itself: stock measures take the last month reported within the range
    private static IQueryable<CoverageFact> Facts(BpjsTkDbContext db, CoverageRequest request, CoverageFilterInput filter)
    {
        var first = PeriodText.TryParse(filter.From, out var from, out _) ? from.ToYyyymm() : CoverageFactSql.NoStart;
        var last = PeriodText.TryParse(filter.To, out _, out var to) ? to.ToYyyymm() : CoverageFactSql.NoEnd;
        var categories = filter.Categories is { Count: > 0 } codes ? codes.Distinct().Select(EnumNames.Of).ToList() : [];
        var facts = Filter(db, db.Database.SqlQueryRaw<CoverageFact>(CoverageFactSql.For(request.GroupBy, request.Granularity, categories), first, last), filter);
        return request.Scope is { } scope ? Scope(facts, scope) : facts;
    }

    private static IQueryable<CoverageFact> Filter(BpjsTkDbContext db, IQueryable<CoverageFact> facts, CoverageFilterInput filter)
    {
        if (filter.RegionCodes is { Count: > 0 } regions)
        {
            var ids = db.Regions.Where(r => regions.Contains(r.Code)).Select(r => (int?)r.Id);
            facts = facts.Where(f => ids.Contains(f.RegionId));
        }

        if (filter.ProvinceCodes is { Count: > 0 } provinces)
        {
            var ids = db.Provinces.Where(p => provinces.Contains(p.Code)).Select(p => (int?)p.Id);
            facts = facts.Where(f => ids.Contains(f.ProvinceId));
        }

        if (filter.RegencyCodes is { Count: > 0 } regencies)
        {
            var ids = db.Regencies.Where(r => regencies.Contains(r.Code)).Select(r => (int?)r.Id);
            facts = facts.Where(f => ids.Contains(f.RegencyId));
        }

        if (filter.BranchCodes is { Count: > 0 } branches)
        {
            var ids = db.Branches.Where(b => branches.Contains(b.Code)).Select(b => (int?)b.Id);
            facts = facts.Where(f => ids.Contains(f.BranchId));
        }

        if (filter.SubBranchOfficeCodes is { Count: > 0 } offices)
        {
            var ids = db.SubBranchOffices.Where(s => offices.Contains(s.Code)).Select(s => (int?)s.Id);
            facts = facts.Where(f => ids.Contains(f.SubBranchOfficeId));
        }

        if (filter.OccupationCodes is { Count: > 0 } occupations)
        {
            var ids = db.Occupations.Where(o => occupations.Contains(o.Code)).Select(o => (int?)o.Id);
            facts = facts.Where(f => ids.Contains(f.OccupationId));
        }

        if (filter.Programs is { Count: > 0 } programs)
        {
            var names = programs.Select(EnumNames.Of).ToList();
            facts = facts.Where(f => names.Contains(f.Program!));
        }

        if (filter.PartnerProgramCodes is { Count: > 0 } partnerPrograms)
        {
            var ids = db.PartnerPrograms.Where(p => partnerPrograms.Contains(p.Code)).Select(p => (int?)p.Id);
            facts = facts.Where(f => ids.Contains(f.PartnerProgramId));
        }

        return facts;
    }

    private static IQueryable<CoverageFact> Scope(IQueryable<CoverageFact> facts, CoverageScope scope)
    {
        var ids = scope.Ids.Select(id => (int?)id).ToList();
        return scope.Dimension switch
        {
            CoverageDimension.Region => facts.Where(f => ids.Contains(f.RegionId)),
            CoverageDimension.Province => facts.Where(f => ids.Contains(f.ProvinceId)),
            CoverageDimension.Regency => facts.Where(f => ids.Contains(f.RegencyId)),
            CoverageDimension.Branch => facts.Where(f => ids.Contains(f.BranchId)),
            CoverageDimension.SubBranchOffice => facts.Where(f => ids.Contains(f.SubBranchOfficeId)),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope.Dimension, "Coverage is scoped by area or office only."),
        };
    }

    // MAX tells "nothing reported" (null) apart from a reported zero, which SUM alone would hide behind COALESCE.
    // Grouping by source first lets the outer GROUP BY list each row's sources in the same statement.
    private static IQueryable<CoverageAggregate> Aggregate(IQueryable<CoverageFact> facts) =>
        facts.GroupBy(f => new { f.KeyRegionId, f.KeyProvinceId, f.KeyRegencyId, f.KeyBranchId, f.KeySubBranchOfficeId, f.KeyCategory, f.KeyOccupationId, f.KeyProgram, f.KeyPartnerProgramId, f.KeyPeriod, f.SourceId })
            .Select(g => new
            {
                g.Key.KeyRegionId,
                g.Key.KeyProvinceId,
                g.Key.KeyRegencyId,
                g.Key.KeyBranchId,
                g.Key.KeySubBranchOfficeId,
                g.Key.KeyCategory,
                g.Key.KeyOccupationId,
                g.Key.KeyProgram,
                g.Key.KeyPartnerProgramId,
                g.Key.KeyPeriod,
                g.Key.SourceId,
                ActiveParticipants = g.Max(f => f.ActiveParticipants) == null ? null : g.Sum(f => f.ActiveParticipants),
                NewParticipants = g.Max(f => f.NewParticipants) == null ? null : g.Sum(f => f.NewParticipants),
                ActiveEmployers = g.Max(f => f.ActiveEmployers) == null ? null : g.Sum(f => f.ActiveEmployers),
                WadahCount = g.Max(f => f.WadahCount) == null ? null : g.Sum(f => f.WadahCount),
                Contributions = g.Max(f => f.Contributions) == null ? null : g.Sum(f => f.Contributions),
                Target = g.Max(f => f.TargetActiveParticipants) == null ? null : g.Sum(f => f.TargetActiveParticipants),
                NewParticipantsTarget = g.Max(f => f.TargetNewParticipants) == null ? null : g.Sum(f => f.TargetNewParticipants),
                ActiveEmployersTarget = g.Max(f => f.TargetActiveEmployers) == null ? null : g.Sum(f => f.TargetActiveEmployers),
                PotentialWorkforce = g.Max(f => f.PotentialWorkforce) == null ? null : g.Sum(f => f.PotentialWorkforce),
            })
            .GroupBy(s => new { s.KeyRegionId, s.KeyProvinceId, s.KeyRegencyId, s.KeyBranchId, s.KeySubBranchOfficeId, s.KeyCategory, s.KeyOccupationId, s.KeyProgram, s.KeyPartnerProgramId, s.KeyPeriod })
            .Select(g => new CoverageAggregate
            {
                RegionId = g.Key.KeyRegionId,
                ProvinceId = g.Key.KeyProvinceId,
                RegencyId = g.Key.KeyRegencyId,
                BranchId = g.Key.KeyBranchId,
                SubBranchOfficeId = g.Key.KeySubBranchOfficeId,
                Category = g.Key.KeyCategory,
                OccupationId = g.Key.KeyOccupationId,
                Program = g.Key.KeyProgram,
                PartnerProgramId = g.Key.KeyPartnerProgramId,
                Period = g.Key.KeyPeriod,
                ActiveParticipants = g.Max(s => s.ActiveParticipants) == null ? null : g.Sum(s => s.ActiveParticipants),
                NewParticipants = g.Max(s => s.NewParticipants) == null ? null : g.Sum(s => s.NewParticipants),
                ActiveEmployers = g.Max(s => s.ActiveEmployers) == null ? null : g.Sum(s => s.ActiveEmployers),
                WadahCount = g.Max(s => s.WadahCount) == null ? null : g.Sum(s => s.WadahCount),
                Contributions = g.Max(s => s.Contributions) == null ? null : g.Sum(s => s.Contributions),
                Target = g.Max(s => s.Target) == null ? null : g.Sum(s => s.Target),
                NewParticipantsTarget = g.Max(s => s.NewParticipantsTarget) == null ? null : g.Sum(s => s.NewParticipantsTarget),
                ActiveEmployersTarget = g.Max(s => s.ActiveEmployersTarget) == null ? null : g.Sum(s => s.ActiveEmployersTarget),
                PotentialWorkforce = g.Max(s => s.PotentialWorkforce) == null ? null : g.Sum(s => s.PotentialWorkforce),
                SourceIds = string.Join(",", g.Select(s => s.SourceId.ToString())),
            });

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

    private static CoverageRow ToRow(CoverageAggregate a, PeriodGranularity granularity, Dictionary<CoverageKey, CoverageAggregate> previous)
    {
        var key = KeyOf(a);
        var before = a.Period is { } current && previous.TryGetValue(key with { Period = PeriodText.Previous(current, granularity) }, out var found) ? found : null;
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
            ChangeFromPreviousPeriod = before?.ActiveParticipants is { } was && a.ActiveParticipants is { } now
                ? new PeriodChange(PeriodText.Format(before.Period!.Value, granularity), was, now - was, was == 0 ? null : (double)(now - was) / was)
                : null,
            SourceIds = [.. a.SourceIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).Distinct().Order()],
        };
    }
}
