using System.Diagnostics;
using System.Globalization;
using BpjsTk.Data.Coverage;
using BpjsTk.Data.Employers;
using BpjsTk.Data.Participants;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Provenance;
using BpjsTk.Data.Synthetic.Bulk;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BpjsTk.Data.Synthetic;

/// <summary>
/// Fills the database with synthetic employers, participants, 60 months of coverage figures consistent with them,
/// yearly targets per office and workforce potentials per regency. Same seed, same rows.
/// A run refuses to start over earlier synthetic data unless asked to reset it: an interrupted run keeps its whole
/// batches, and the way to finish it is a fresh run with <see cref="SyntheticDataOptions.Reset"/>.
/// </summary>
public sealed class SyntheticDataGenerator(BpjsTkDbContext db)
{
    /// <summary>Monthly contribution of a wage earner: Rp3,000,000 at JKK 0.54% + JKM 0.30% + JHT 5.7% + JP 3% + JKP 0.36%.</summary>
    private const decimal WageEarnerContribution = 297_000m;

    /// <summary>The BPU minimum: JKK Rp10,000 + JKM Rp6,800.</summary>
    private const decimal InformalContribution = 16_800m;

    private static readonly Month PotentialSurveyMonth = new(2024, 8);

    private static readonly ParticipantCategoryCode[] TargetedCategories =
        [ParticipantCategoryCode.PU, ParticipantCategoryCode.BPU, ParticipantCategoryCode.JAKON];

    private readonly Dictionary<CoverageGroupKey, MonthlyCounts> _participantCounts = [];
    private readonly Dictionary<(int OfficeId, int RegencyId), MonthlyCounts> _employerCounts = [];
    private readonly List<TableSummary> _tables = [];

    public static string SourceCodeFor(SyntheticDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var size = options.ParticipantCount is { } count
            ? count.ToString(CultureInfo.InvariantCulture)
            : options.Scale.ToString().ToUpperInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"SYNTHETIC-{size}-SEED-{options.Seed}");
    }

    public async Task<GenerationSummary> GenerateAsync(
        SyntheticDataOptions options, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        var clock = Stopwatch.StartNew();
        var hasher = new NikHasher(options.NikKey);
        if (options.Reset)
        {
            await ResetAsync(cancellationToken);
        }
        else if (await db.Sources.AsNoTracking().Where(s => s.Kind == SourceKind.Synthetic).Select(s => s.Code).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            throw new SyntheticDataException($"Synthetic data is already generated ({existing}); run generate with --reset to replace it.");
        }

        var reference = await SyntheticReference.LoadAsync(db, cancellationToken);
        var employerIdBase = await db.Employers.MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0;
        var participantIdBase = await db.Participants.MaxAsync(p => (int?)p.Id, cancellationToken) ?? 0;
        var plan = SyntheticPlan.Create(reference, SyntheticSize.For(options.Scale, options.ParticipantCount), options.Seed, employerIdBase, participantIdBase);

        // Written first and on its own, so even a run interrupted in its first batch is recognised by the next.
        var source = new Source
        {
            Code = SourceCodeFor(options),
            Kind = SourceKind.Synthetic,
            Publisher = "BpjsTk synthetic data generator",
            Title = string.Create(CultureInfo.InvariantCulture, $"Synthetic data, scale {options.Scale}, seed {options.Seed}, {plan.ParticipantCount:N0} participants"),
            PublishedYear = SyntheticPlan.EndMonth.Year,
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var writer = await OpenWriterAsync(cancellationToken);
            var employers = new BulkTable<Employer>(db, includeKey: true);
            var participants = new BulkTable<Participant>(db, includeKey: true);
            await WriteAsync(writer, employers, Employers(plan), plan.EmployerCount, options.BatchSize, progress, cancellationToken);
            await WriteAsync(writer, participants, Participants(plan, hasher), plan.ParticipantCount, options.BatchSize, progress, cancellationToken);
            await writer.ContinueIdsAfterAsync(employers, cancellationToken);
            await writer.ContinueIdsAfterAsync(participants, cancellationToken);

            var groups = GroupsInOrder();
            await WriteAsync(writer, new BulkTable<CoverageFigure>(db, includeKey: false), CoverageFigures(groups, source.Id), (long)groups.Count * SyntheticPlan.Months, options.BatchSize, progress, cancellationToken);
            var targets = Targets(plan, groups, source.Id).ToList();
            await WriteAsync(writer, new BulkTable<Target>(db, includeKey: false), targets, targets.Count, options.BatchSize, progress, cancellationToken);
            var potentials = Potentials(plan, source.Id).ToList();
            await WriteAsync(writer, new BulkTable<WorkforcePotential>(db, includeKey: false), potentials, potentials.Count, options.BatchSize, progress, cancellationToken);
            var size = await writer.DatabaseSizeAsync(cancellationToken);
            return new GenerationSummary(source.Code, [.. _tables], clock.Elapsed, size);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Removes the synthetic participants and employers (by their number prefix) and every figure, target and potential of a synthetic source, in one transaction.</summary>
    private async Task ResetAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CoverageFigures.Where(f => f.Source!.Kind == SourceKind.Synthetic).ExecuteDeleteAsync(cancellationToken);
        await db.Targets.Where(t => t.Source!.Kind == SourceKind.Synthetic).ExecuteDeleteAsync(cancellationToken);
        await db.WorkforcePotentials.Where(w => w.Source!.Kind == SourceKind.Synthetic).ExecuteDeleteAsync(cancellationToken);
        await db.Participants.Where(p => p.Kpj.StartsWith(SyntheticIdentifiers.Prefix)).ExecuteDeleteAsync(cancellationToken);
        await db.Employers.Where(e => e.Npp.StartsWith(SyntheticIdentifiers.Prefix)).ExecuteDeleteAsync(cancellationToken);
        await db.Sources.Where(s => s.Kind == SourceKind.Synthetic).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<IBulkWriter> OpenWriterAsync(CancellationToken cancellationToken) => db.Database.GetDbConnection() switch
    {
        SqliteConnection sqlite => await SqliteBulkWriter.OpenAsync(sqlite, cancellationToken),
        NpgsqlConnection postgres => new PostgresBulkWriter(postgres),
        var other => throw new NotSupportedException($"No bulk load for {other.GetType().Name}."),
    };

    private async Task WriteAsync<TEntity>(
        IBulkWriter writer,
        BulkTable<TEntity> table,
        IEnumerable<TEntity> rows,
        long planned,
        int batchSize,
        IProgress<GenerationProgress>? progress,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var clock = Stopwatch.StartNew();
        long written = 0;
        progress?.Report(new GenerationProgress(table.Name, 0, planned, TimeSpan.Zero));
        foreach (var batch in rows.Chunk(batchSize))
        {
            await writer.WriteBatchAsync(table, batch, cancellationToken);
            written += batch.Length;
            progress?.Report(new GenerationProgress(table.Name, written, planned, clock.Elapsed));
        }

        _tables.Add(new TableSummary(table.Name, written, clock.Elapsed));
    }

    private IEnumerable<Employer> Employers(SyntheticPlan plan)
    {
        for (var e = 0; e < plan.EmployerCount; e++)
        {
            var employer = plan.CreateEmployer(e);
            var traits = plan.EmployerTraitsOf(e);
            Counts(_employerCounts, (employer.OfficeId, employer.RegencyId)).Add(Month.Of(traits.RegisteredOn), traits.ActiveThrough);
            yield return employer;
        }
    }

    private IEnumerable<Participant> Participants(SyntheticPlan plan, NikHasher hasher)
    {
        for (var i = 0; i < plan.ParticipantCount; i++)
        {
            var participant = plan.CreateParticipant(i, hasher);
            var key = new CoverageGroupKey(participant.OfficeId, participant.RegencyId, participant.Category, participant.OccupationId);
            Counts(_participantCounts, key).Add(Month.Of(participant.RegisteredOn), participant.PaidThrough);
            yield return participant;
        }
    }

    /// <summary>Every slice with participants, plus the wage-earner slice of every office and regency with employers.</summary>
    private List<CoverageGroupKey> GroupsInOrder()
    {
        var keys = _participantCounts.Keys.ToHashSet();
        keys.UnionWith(_employerCounts.Keys.Select(k => new CoverageGroupKey(k.OfficeId, k.RegencyId, ParticipantCategoryCode.PU, null)));
        var ordered = keys.ToList();
        ordered.Sort();
        return ordered;
    }

    private IEnumerable<CoverageFigure> CoverageFigures(List<CoverageGroupKey> groups, int sourceId)
    {
        var none = new MonthlyCounts();
        foreach (var key in groups)
        {
            var participants = _participantCounts.GetValueOrDefault(key, none);
            var active = participants.Active();
            var employers = key.Category == ParticipantCategoryCode.PU
                ? _employerCounts.GetValueOrDefault((key.OfficeId, key.RegencyId), none).Active()
                : null;
            decimal? perParticipant = key.Category switch
            {
                ParticipantCategoryCode.PU => WageEarnerContribution,
                ParticipantCategoryCode.BPU => InformalContribution,
                _ => null,
            };
            for (var m = 0; m < SyntheticPlan.Months; m++)
            {
                yield return new CoverageFigure
                {
                    OfficeId = key.OfficeId,
                    RegencyId = key.RegencyId,
                    Period = SyntheticPlan.StartMonth.AddMonths(m),
                    PeriodPrecision = PeriodPrecision.Month,
                    Category = key.Category,
                    OccupationId = key.OccupationId,
                    ActiveParticipants = active[m],
                    NewParticipants = participants.NewIn(m),
                    ActiveEmployers = employers?[m],
                    Contributions = active[m] * perParticipant,
                    SourceId = sourceId,
                };
            }
        }
    }

    /// <summary>
    /// Yearly targets per office: active participants per category and active employers, set near the year's outcome
    /// (8% under to 12% over) so some offices meet them and some do not.
    /// </summary>
    private IEnumerable<Target> Targets(SyntheticPlan plan, List<CoverageGroupKey> groups, int sourceId)
    {
        var years = Enumerable.Range(SyntheticPlan.StartMonth.Year, SyntheticPlan.EndMonth.Year - SyntheticPlan.StartMonth.Year + 1).ToArray();
        foreach (var office in groups.GroupBy(g => g.OfficeId))
        {
            // A null category stands for the office's employers.
            var byCategory = TargetedCategories
                .Select(c => ((ParticipantCategoryCode?)c, Sum(office.Where(g => g.Category == c).Select(g => _participantCounts.GetValueOrDefault(g)).OfType<MonthlyCounts>())))
                .Append((null, Sum(_employerCounts.Where(p => p.Key.OfficeId == office.Key).Select(p => p.Value))))
                .ToList();
            foreach (var year in years)
            {
                var december = Month.EndOfYear(year).MonthsSince(SyntheticPlan.StartMonth);
                foreach (var (category, active) in byCategory)
                {
                    var outcome = active[december];
                    if (outcome == 0)
                    {
                        continue;
                    }

                    var random = new SyntheticRandom(plan.Seed, SyntheticStream.Targets, ((long)office.Key * 10_000) + (year * 8) + (category is { } c ? (int)c : 7));
                    yield return new Target
                    {
                        OfficeId = office.Key,
                        Period = Month.EndOfYear(year),
                        PeriodPrecision = PeriodPrecision.Year,
                        Category = category,
                        Measure = category is null ? TargetMeasure.ActiveEmployers : TargetMeasure.ActiveParticipants,
                        Figure = (long)Math.Max(1, Math.Round(outcome * (0.92 + (0.2 * random.NextDouble())))),
                        SourceId = sourceId,
                    };
                }
            }
        }
    }

    /// <summary>Potential workforce per regency and category in the survey month; never below who is already covered.</summary>
    private IEnumerable<WorkforcePotential> Potentials(SyntheticPlan plan, int sourceId)
    {
        var survey = PotentialSurveyMonth.MonthsSince(SyntheticPlan.StartMonth);
        foreach (var category in TargetedCategories)
        {
            var covered = _participantCounts.Where(p => p.Key.Category == category)
                .GroupBy(p => p.Key.RegencyId)
                .ToDictionary(g => g.Key, g => Sum(g.Select(p => p.Value))[survey]);
            var potential = plan.PotentialByRegency(category);
            foreach (var regency in plan.Reference.Regencies)
            {
                yield return new WorkforcePotential
                {
                    RegencyId = regency.Id,
                    Period = PotentialSurveyMonth,
                    PeriodPrecision = PeriodPrecision.Month,
                    Category = category,
                    Unit = PotentialUnit.Workers,
                    Count = Math.Max(potential[regency.Id], covered.GetValueOrDefault(regency.Id)),
                    IsApproximate = true,
                    SourceId = sourceId,
                };
            }
        }
    }

    private static long[] Sum(IEnumerable<MonthlyCounts> counts)
    {
        var total = new long[SyntheticPlan.Months];
        foreach (var active in counts.Select(c => c.Active()))
        {
            for (var m = 0; m < total.Length; m++)
            {
                total[m] += active[m];
            }
        }

        return total;
    }

    private static MonthlyCounts Counts<TKey>(Dictionary<TKey, MonthlyCounts> counts, TKey key)
        where TKey : notnull
    {
        if (!counts.TryGetValue(key, out var value))
        {
            value = new MonthlyCounts();
            counts[key] = value;
        }

        return value;
    }
}
