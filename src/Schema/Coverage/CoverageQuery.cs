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
/// orders and pages; a second GROUP BY lists the sources behind each row of the page.
/// </summary>
internal static class CoverageQuery
{
    private static readonly ILookup<CoverageKey, int> NoSources = Array.Empty<CoverageKey>().ToLookup(k => k, _ => 0);

    public static async Task<CoveragePage> RunAsync(BpjsTkDbContext db, CoverageRequest request, bool countRows, CancellationToken cancellationToken)
    {
        var facts = Filter(db, db.Database.SqlQueryRaw<CoverageFact>(CoverageFactSql.For(request.GroupBy, request.Granularity)), request.Filter);
        if (request.Scope is { } scope)
        {
            facts = Scope(facts, scope);
        }

        var groups = Aggregate(facts);
        var ordered = Order(groups, request.Order);
        var page = await ordered.Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken).ConfigureAwait(false);
        var total = countRows && (request.Skip > 0 || page.Count == request.Take)
            ? await groups.CountAsync(cancellationToken).ConfigureAwait(false)
            : request.Skip + page.Count;
        var sources = page.Count == 0 ? NoSources : await SourcesAsync(facts, cancellationToken).ConfigureAwait(false);
        var previous = page.Count > 0 && request.GroupBy.Contains(CoverageDimension.Period)
            ? await PreviousPeriodsAsync(db, request, page, cancellationToken).ConfigureAwait(false)
            : [];
        var rows = page.Select(a => ToRow(a, request.Granularity, sources, previous)).ToList();
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
        var facts = Filter(db, db.Database.SqlQueryRaw<CoverageFact>(CoverageFactSql.For(request.GroupBy, request.Granularity)), shifted);
        if (request.Scope is { } scope)
        {
            facts = Scope(facts, scope);
        }

        var keys = page.Where(a => a.Period is not null).Select(a => (int?)PeriodText.Previous(a.Period!.Value, request.Granularity)).Distinct().ToList();
        var rows = await Aggregate(facts).Where(a => keys.Contains(a.Period)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(KeyOf);
    }

    private static CoverageKey KeyOf(CoverageAggregate a) =>
        new(a.RegionId, a.ProvinceId, a.RegencyId, a.BranchId, a.SubBranchOfficeId, a.Category, a.OccupationId, a.Program, a.PartnerProgramId, a.Period);

    private static IQueryable<CoverageFact> Filter(BpjsTkDbContext db, IQueryable<CoverageFact> facts, CoverageFilterInput filter)
    {
        if (PeriodText.TryParse(filter.From, out var from, out _))
        {
            var first = from.ToYyyymm();
            facts = facts.Where(f => f.Period >= first);
        }

        if (PeriodText.TryParse(filter.To, out _, out var to))
        {
            var last = to.ToYyyymm();
            facts = facts.Where(f => f.Period <= last);
        }

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

        if (filter.Categories is { Count: > 0 } categories)
        {
            var names = categories.Select(EnumNames.Of).ToList();
            facts = facts.Where(f => names.Contains(f.Category!));
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

    // MAX tells "nothing reported" (null) apart from a reported zero, which SUM alone would hide behind COALESCE
    private static IQueryable<CoverageAggregate> Aggregate(IQueryable<CoverageFact> facts) =>
        facts.GroupBy(f => new { f.KeyRegionId, f.KeyProvinceId, f.KeyRegencyId, f.KeyBranchId, f.KeySubBranchOfficeId, f.KeyCategory, f.KeyOccupationId, f.KeyProgram, f.KeyPartnerProgramId, f.KeyPeriod })
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
                ActiveParticipants = g.Max(f => f.ActiveParticipants) == null ? null : g.Sum(f => f.ActiveParticipants),
                NewParticipants = g.Max(f => f.NewParticipants) == null ? null : g.Sum(f => f.NewParticipants),
                ActiveEmployers = g.Max(f => f.ActiveEmployers) == null ? null : g.Sum(f => f.ActiveEmployers),
                WadahCount = g.Max(f => f.WadahCount) == null ? null : g.Sum(f => f.WadahCount),
                Contributions = g.Max(f => f.Contributions) == null ? null : g.Sum(f => f.Contributions),
                Target = g.Max(f => f.TargetActiveParticipants) == null ? null : g.Sum(f => f.TargetActiveParticipants),
                PotentialWorkforce = g.Max(f => f.PotentialWorkforce) == null ? null : g.Sum(f => f.PotentialWorkforce),
            })
            .Where(a => a.ActiveParticipants != null || a.NewParticipants != null || a.ActiveEmployers != null || a.WadahCount != null
                || a.Contributions != null || a.Target != null || a.PotentialWorkforce != null);

    private static IQueryable<CoverageAggregate> Order(IQueryable<CoverageAggregate> groups, IReadOnlyList<CoverageOrderInput> order)
    {
        IOrderedQueryable<CoverageAggregate>? ordered = null;
        foreach (var item in order)
        {
            ordered = item.Field switch
            {
                CoverageSortField.Region => By(groups, ordered, a => a.RegionId, item.Direction),
                CoverageSortField.Province => By(groups, ordered, a => a.ProvinceId, item.Direction),
                CoverageSortField.Regency => By(groups, ordered, a => a.RegencyId, item.Direction),
                CoverageSortField.Branch => By(groups, ordered, a => a.BranchId, item.Direction),
                CoverageSortField.SubBranchOffice => By(groups, ordered, a => a.SubBranchOfficeId, item.Direction),
                CoverageSortField.Category => By(groups, ordered, a => a.Category, item.Direction),
                CoverageSortField.Occupation => By(groups, ordered, a => a.OccupationId, item.Direction),
                CoverageSortField.Program => By(groups, ordered, a => a.Program, item.Direction),
                CoverageSortField.PartnerProgram => By(groups, ordered, a => a.PartnerProgramId, item.Direction),
                CoverageSortField.Period => By(groups, ordered, a => a.Period, item.Direction),
                CoverageSortField.ActiveParticipants => By(groups, ordered, a => a.ActiveParticipants, item.Direction),
                CoverageSortField.NewParticipants => By(groups, ordered, a => a.NewParticipants, item.Direction),
                CoverageSortField.ActiveEmployers => By(groups, ordered, a => a.ActiveEmployers, item.Direction),
                CoverageSortField.Contributions => By(groups, ordered, a => a.Contributions, item.Direction),
                CoverageSortField.WadahCount => By(groups, ordered, a => a.WadahCount, item.Direction),
                CoverageSortField.PotentialWorkforce => By(groups, ordered, a => a.PotentialWorkforce, item.Direction),
                CoverageSortField.CoverageRate => By(groups, ordered, a => (double?)a.ActiveParticipants / a.PotentialWorkforce, item.Direction),
                CoverageSortField.Target => By(groups, ordered, a => a.Target, item.Direction),
                CoverageSortField.TargetAttainment => By(groups, ordered, a => (double?)a.ActiveParticipants / a.Target, item.Direction),
                CoverageSortField.CoverageGap => By(groups, ordered, a => a.PotentialWorkforce - a.ActiveParticipants, item.Direction),
                _ => throw new ArgumentOutOfRangeException(nameof(order), item.Field, "Unknown sort field."),
            };
        }

        // every key last, so pages never overlap
        ordered = By(groups, ordered, a => a.Period, SortDirection.Ascending);
        ordered = ordered.ThenBy(a => a.RegionId).ThenBy(a => a.ProvinceId).ThenBy(a => a.RegencyId).ThenBy(a => a.BranchId)
            .ThenBy(a => a.SubBranchOfficeId).ThenBy(a => a.Category).ThenBy(a => a.OccupationId).ThenBy(a => a.Program).ThenBy(a => a.PartnerProgramId);
        return ordered;
    }

    // nulls last in both directions, so SQLite and PostgreSQL (which disagree on where NULL sorts) give the same pages
    private static IOrderedQueryable<CoverageAggregate> By<TKey>(IQueryable<CoverageAggregate> groups, IOrderedQueryable<CoverageAggregate>? ordered, Expression<Func<CoverageAggregate, TKey>> key, SortDirection direction)
    {
        var isNull = Expression.Lambda<Func<CoverageAggregate, int>>(
            Expression.Condition(Expression.Equal(key.Body, Expression.Constant(null, typeof(TKey))), Expression.Constant(1), Expression.Constant(0)),
            key.Parameters);
        var nullsLast = ordered is null ? groups.OrderBy(isNull) : ordered.ThenBy(isNull);
        return direction == SortDirection.Descending ? nullsLast.ThenByDescending(key) : nullsLast.ThenBy(key);
    }

    private static async Task<ILookup<CoverageKey, int>> SourcesAsync(IQueryable<CoverageFact> facts, CancellationToken cancellationToken)
    {
        var links = await facts
            .Where(f => f.ActiveParticipants != null || f.NewParticipants != null || f.ActiveEmployers != null || f.WadahCount != null
                || f.Contributions != null || f.TargetActiveParticipants != null || f.PotentialWorkforce != null)
            .GroupBy(f => new { f.KeyRegionId, f.KeyProvinceId, f.KeyRegencyId, f.KeyBranchId, f.KeySubBranchOfficeId, f.KeyCategory, f.KeyOccupationId, f.KeyProgram, f.KeyPartnerProgramId, f.KeyPeriod, f.SourceId })
            .Select(g => g.Key)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return links.OrderBy(l => l.SourceId).ToLookup(
            l => new CoverageKey(l.KeyRegionId, l.KeyProvinceId, l.KeyRegencyId, l.KeyBranchId, l.KeySubBranchOfficeId, l.KeyCategory, l.KeyOccupationId, l.KeyProgram, l.KeyPartnerProgramId, l.KeyPeriod),
            l => l.SourceId);
    }

    private static CoverageRow ToRow(CoverageAggregate a, PeriodGranularity granularity, ILookup<CoverageKey, int> sources, Dictionary<CoverageKey, CoverageAggregate> previous)
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
            ChangeFromPreviousPeriod = before?.ActiveParticipants is { } was && a.ActiveParticipants is { } now
                ? new PeriodChange(PeriodText.Format(before.Period!.Value, granularity), was, now - was, was == 0 ? null : (double)(now - was) / was)
                : null,
            SourceIds = [.. sources[key]],
        };
    }
}
