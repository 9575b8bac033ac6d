using System.Diagnostics;
using System.Globalization;
using BpjsTk.Data.Coverage;
using BpjsTk.Data.Employers;
using BpjsTk.Data.Participants;
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
        var size = SyntheticSize.For(options.Scale, options.ParticipantCount);
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
        var plan = SyntheticPlan.Create(reference, size, options.Seed, employerIdBase, participantIdBase);

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
            var load = new BatchedLoad(await OpenWriterAsync(cancellationToken), options.BatchSize, progress);
            var tally = new CoverageTally(plan, source.Id);
            var employers = new BulkTable<Employer>(db, includeKey: true);
            var participants = new BulkTable<Participant>(db, includeKey: true);
            await load.WriteAsync(employers, Employers(plan, tally), plan.EmployerCount, cancellationToken);
            await load.WriteAsync(participants, Participants(plan, hasher, tally), plan.ParticipantCount, cancellationToken);
            await load.Writer.ContinueIdsAfterAsync(employers, cancellationToken);
            await load.Writer.ContinueIdsAfterAsync(participants, cancellationToken);

            var groups = tally.Groups();
            await load.WriteAsync(new BulkTable<CoverageFigure>(db, includeKey: false), tally.CoverageFigures(groups), (long)groups.Count * SyntheticPlan.Months, cancellationToken);
            var targets = tally.Targets(groups).ToList();
            await load.WriteAsync(new BulkTable<Target>(db, includeKey: false), targets, targets.Count, cancellationToken);
            var potentials = tally.Potentials().ToList();
            await load.WriteAsync(new BulkTable<WorkforcePotential>(db, includeKey: false), potentials, potentials.Count, cancellationToken);
            var databaseSize = await load.Writer.DatabaseSizeAsync(cancellationToken);
            return new GenerationSummary(source.Code, load.Tables, clock.Elapsed, databaseSize);
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

    private static IEnumerable<Employer> Employers(SyntheticPlan plan, CoverageTally tally)
    {
        for (var e = 0; e < plan.EmployerCount; e++)
        {
            var employer = plan.CreateEmployer(e);
            tally.Count(employer, plan.EmployerTraitsOf(e));
            yield return employer;
        }
    }

    private static IEnumerable<Participant> Participants(SyntheticPlan plan, NikHasher hasher, CoverageTally tally)
    {
        for (var i = 0; i < plan.ParticipantCount; i++)
        {
            var participant = plan.CreateParticipant(i, hasher);
            tally.Count(participant);
            yield return participant;
        }
    }
}
