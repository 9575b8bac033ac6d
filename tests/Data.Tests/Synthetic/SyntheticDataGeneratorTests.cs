using BpjsTk.Data.Participants;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Provenance;
using BpjsTk.Data.Synthetic;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Tests.Synthetic;

[Collection(PostgresTests.Name)]
public sealed class SyntheticDataGeneratorTests(PostgresCluster cluster) : IDisposable
{
    private static readonly byte[] NikKey = "a test key for hashing NIKs 32b!"u8.ToArray();

    private static readonly string[] GeneratedTables = ["Employers", "Participants", "CoverageFigures", "Targets", "WorkforcePotentials"];

    private readonly TestDatabases _databases = new(cluster);

    [Fact]
    public async Task Same_seed_writes_the_same_rows_and_another_seed_different_ones()
    {
        var first = await GenerateAsync(DatabaseProvider.Sqlite, Tiny(seed: 7));
        var second = await GenerateAsync(DatabaseProvider.Sqlite, Tiny(seed: 7));
        var other = await GenerateAsync(DatabaseProvider.Sqlite, Tiny(seed: 8));

        foreach (var table in GeneratedTables)
        {
            Assert.Equal(await TableChecksum.OfAsync(first, table), await TableChecksum.OfAsync(second, table));
        }

        Assert.NotEqual(await TableChecksum.OfAsync(first, "Participants"), await TableChecksum.OfAsync(other, "Participants"));
        Assert.NotEqual(await TableChecksum.OfAsync(first, "Employers"), await TableChecksum.OfAsync(other, "Employers"));
    }

    [PostgresFact]
    public async Task Same_seed_writes_the_same_participants_on_sqlite_and_postgres()
    {
        var sqlite = await GenerateAsync(DatabaseProvider.Sqlite, Tiny(seed: 11));
        var postgres = await GenerateAsync(DatabaseProvider.Postgres, Tiny(seed: 11));

        Assert.Equal(await ParticipantRowsAsync(sqlite), await ParticipantRowsAsync(postgres));
    }

    [Fact]
    public async Task Stored_nik_hashes_are_hashes_of_valid_unique_niks_rebuilt_from_the_seed()
    {
        var options = Tiny(seed: 3);
        var settings = await GenerateAsync(DatabaseProvider.Sqlite, options);
        await using var db = settings.CreateContext();
        var plan = await SyntheticPlan.LoadAsync(db, options.Scale, options.Seed, options.ParticipantCount, CancellationToken.None);
        var regencies = await db.Regencies.ToDictionaryAsync(r => r.Id, r => r.CompactCode);
        var participants = await db.Participants.OrderBy(p => p.Id).Select(p => new { p.Kpj, p.NikHash, p.RegencyId }).ToListAsync();
        var hasher = new NikHasher(NikKey);

        var niks = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < participants.Count; i++)
        {
            var nik = plan.NikFor(i);
            Assert.Empty(NikRules.Broken(nik, regencies[participants[i].RegencyId]));
            Assert.Equal(hasher.Hash(nik), participants[i].NikHash);
            Assert.True(niks.Add(nik), $"NIK {nik} given twice");
            Assert.Matches(@"^\d{11}$", participants[i].Kpj);
        }

        Assert.Equal(options.ParticipantCount, niks.Count);
        Assert.Equal(participants.Count, participants.Select(p => p.Kpj).Distinct().Count());
    }

    [Fact]
    public async Task Employers_carry_unique_eight_digit_npp_and_thirteen_digit_nib()
    {
        var settings = await GenerateAsync(DatabaseProvider.Sqlite, Tiny(seed: 5));
        await using var db = settings.CreateContext();
        var employers = await db.Employers.Select(e => new { e.Npp, e.Nib }).ToListAsync();

        Assert.NotEmpty(employers);
        Assert.All(employers, e => Assert.Matches(@"^\d{8}$", e.Npp));
        Assert.All(employers.Where(e => e.Nib is not null), e => Assert.Matches(@"^\d{13}$", e.Nib!));
        Assert.Equal(employers.Count, employers.Select(e => e.Npp).Distinct().Count());
    }

    [Fact]
    public async Task Categories_and_the_non_active_share_follow_the_national_figures()
    {
        var settings = await GenerateAsync(DatabaseProvider.Sqlite, new SyntheticDataOptions(SyntheticScale.Small, 1, NikKey));
        await using var db = settings.CreateContext();
        var byCategory = await db.Participants.GroupBy(p => p.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var inactive = await db.Participants.CountAsync(p => p.Status == ParticipantStatus.Inactive);
        var total = byCategory.Values.Sum();

        Assert.Equal(20_000, total);
        Assert.InRange(Share(byCategory[ParticipantCategoryCode.PU]), 0.59, 0.61);
        Assert.InRange(Share(byCategory[ParticipantCategoryCode.BPU]), 0.21, 0.23);
        Assert.InRange(Share(byCategory[ParticipantCategoryCode.JAKON]), 0.17, 0.19);
        Assert.InRange(byCategory[ParticipantCategoryCode.PMI], 1, 200);
        Assert.InRange(Share(inactive), 0.29, 0.35);

        double Share(int count) => (double)count / total;
    }

    [Fact]
    public async Task Last_month_figures_count_the_active_participants_of_each_office_regency_and_category()
    {
        var settings = await GenerateAsync(DatabaseProvider.Sqlite, Tiny(seed: 9));
        await using var db = settings.CreateContext();
        var fromParticipants = await db.Participants
            .Where(p => p.Status == ParticipantStatus.Active)
            .GroupBy(p => new { p.OfficeId, p.RegencyId, p.Category })
            .Select(g => new { g.Key.OfficeId, g.Key.RegencyId, g.Key.Category, Count = (long)g.Count() })
            .ToListAsync();
        var fromFigures = await db.CoverageFigures
            .Where(f => f.Period == SyntheticPlan.EndMonth && f.ActiveParticipants > 0)
            .GroupBy(f => new { f.OfficeId, f.RegencyId, f.Category })
            .Select(g => new { OfficeId = g.Key.OfficeId!.Value, RegencyId = g.Key.RegencyId!.Value, Category = g.Key.Category!.Value, Count = g.Sum(f => f.ActiveParticipants!.Value) })
            .ToListAsync();
        var months = await db.CoverageFigures.Select(f => f.Period).Distinct().CountAsync();

        Assert.Equal(SyntheticPlan.Months, months);
        Assert.Equal(
            fromParticipants.OrderBy(g => g.OfficeId).ThenBy(g => g.RegencyId).ThenBy(g => g.Category).ToList(),
            fromFigures.OrderBy(g => g.OfficeId).ThenBy(g => g.RegencyId).ThenBy(g => g.Category).ToList());
    }

    [Fact]
    public async Task Offices_get_a_yearly_target_wherever_they_have_participants_and_regencies_a_potential_no_smaller_than_their_coverage()
    {
        var settings = await GenerateAsync(DatabaseProvider.Sqlite, Tiny(seed: 2));
        await using var db = settings.CreateContext();
        var targets = await db.Targets
            .Where(t => t.Category == ParticipantCategoryCode.PU)
            .Select(t => new { OfficeId = t.OfficeId!.Value, t.Period })
            .ToListAsync();
        var decemberOutcomes = (await db.CoverageFigures
            .Where(f => f.Category == ParticipantCategoryCode.PU)
            .Select(f => new { OfficeId = f.OfficeId!.Value, f.Period, Active = f.ActiveParticipants!.Value })
            .ToListAsync())
            .Where(f => f.Period.Number == 12)
            .GroupBy(f => new { f.OfficeId, f.Period })
            .Where(g => g.Sum(f => f.Active) > 0)
            .Select(g => g.Key)
            .ToList();
        var potentials = await db.WorkforcePotentials.ToListAsync();
        var covered = await db.CoverageFigures
            .Where(f => f.Period == new Month(2024, 8) && f.Category == ParticipantCategoryCode.BPU)
            .GroupBy(f => f.RegencyId)
            .Select(g => new { RegencyId = g.Key!.Value, Active = g.Sum(f => f.ActiveParticipants!.Value) })
            .ToListAsync();

        Assert.Equal(5, targets.Select(t => t.Period).Distinct().Count());
        Assert.Equal(
            decemberOutcomes.OrderBy(o => o.OfficeId).ThenBy(o => o.Period).Select(o => (o.OfficeId, o.Period)),
            targets.OrderBy(t => t.OfficeId).ThenBy(t => t.Period).Select(t => (t.OfficeId, t.Period)));
        Assert.Equal(3 * await db.Regencies.CountAsync(), potentials.Count);
        Assert.All(covered, c => Assert.True(
            potentials.Single(p => p.RegencyId == c.RegencyId && p.Category == ParticipantCategoryCode.BPU).Count >= c.Active,
            $"regency {c.RegencyId} covers more BPU workers than it has"));
    }

    [Fact]
    public async Task Run_refuses_to_start_while_a_regency_has_no_office()
    {
        var settings = await SyntheticTestReference.CreateAsync(_databases, DatabaseProvider.Sqlite, "unserved");
        await using var db = settings.CreateContext();
        await db.OfficeRegencyAssignments.Where(a => a.Regency!.Code == "52.71").ExecuteDeleteAsync();

        var refused = await Assert.ThrowsAsync<SyntheticDataException>(
            () => new SyntheticDataGenerator(db).GenerateAsync(Tiny(seed: 1), null, CancellationToken.None));

        Assert.Contains("Kota Mataram", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Participants.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Cancelled_run_keeps_whole_batches_and_the_next_run_asks_for_a_reset(DatabaseProvider provider)
    {
        var options = Tiny(seed: 4);
        var settings = await SyntheticTestReference.CreateAsync(_databases, provider, "cancelled");
        using var cancellation = new CancellationTokenSource();
        var cancelAfterTwoBatches = new InlineProgress<GenerationProgress>(p =>
        {
            if (p.Table == "Participants" && p.RowsWritten >= 2 * options.BatchSize)
            {
                cancellation.Cancel();
            }
        });

        await using (var db = settings.CreateContext())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => new SyntheticDataGenerator(db).GenerateAsync(options, cancelAfterTwoBatches, cancellation.Token));
        }

        await using (var db = settings.CreateContext())
        {
            Assert.Equal(2 * options.BatchSize, await db.Participants.CountAsync());
            var refused = await Assert.ThrowsAsync<SyntheticDataException>(
                () => new SyntheticDataGenerator(db).GenerateAsync(options, null, CancellationToken.None));
            Assert.Contains("--reset", refused.Message, StringComparison.Ordinal);
        }

        await using (var db = settings.CreateContext())
        {
            var summary = await new SyntheticDataGenerator(db).GenerateAsync(options with { Reset = true }, null, CancellationToken.None);
            Assert.Equal(options.ParticipantCount!.Value, summary.Tables.Single(t => t.Table == "Participants").Rows);
            Assert.Equal(options.ParticipantCount!.Value, await db.Participants.CountAsync());
            Assert.Equal(1, await db.Sources.CountAsync());
        }
    }

    [Fact]
    public async Task Generating_over_the_seeded_sample_data_keeps_it_and_a_reset_removes_only_synthetic_rows()
    {
        var settings = await _databases.CreateAsync(DatabaseProvider.Sqlite, "seeded");
        await using var db = settings.CreateContext();
        await DatabaseInitializer.InitializeAsync(db, TestKeys.NikHashKey, CancellationToken.None);
        var sampleParticipants = await db.Participants.OrderBy(p => p.Id).Select(p => p.Kpj).ToListAsync();
        var sampleEmployers = await db.Employers.OrderBy(e => e.Id).Select(e => e.Npp).ToListAsync();
        var sampleFigures = await db.CoverageFigures.CountAsync();
        var options = Tiny(seed: 6) with { NikKey = TestKeys.NikHashKey };

        await new SyntheticDataGenerator(db).GenerateAsync(options, null, CancellationToken.None);
        var generated = await db.Participants.CountAsync();
        await new SyntheticDataGenerator(db).GenerateAsync(options with { Reset = true, ParticipantCount = 1_000 }, null, CancellationToken.None);

        Assert.Equal(sampleParticipants.Count + options.ParticipantCount!.Value, generated);
        Assert.Equal(sampleParticipants.Count + 1_000, await db.Participants.CountAsync());
        Assert.Equal(sampleParticipants, await db.Participants.Where(p => !p.Kpj.StartsWith("00")).OrderBy(p => p.Id).Select(p => p.Kpj).ToListAsync());
        Assert.Equal(sampleEmployers, await db.Employers.Where(e => !e.Npp.StartsWith("00")).OrderBy(e => e.Id).Select(e => e.Npp).ToListAsync());
        Assert.Equal(sampleFigures, await db.CoverageFigures.CountAsync(f => f.Source!.Kind != SourceKind.Synthetic));
        Assert.Equal(SyntheticPlan.Months * await db.CoverageFigures.Where(f => f.Source!.Kind == SourceKind.Synthetic).Select(f => new { f.OfficeId, f.RegencyId, f.Category, f.OccupationId }).Distinct().CountAsync(),
            await db.CoverageFigures.CountAsync(f => f.Source!.Kind == SourceKind.Synthetic));
    }

    public void Dispose() => _databases.Dispose();

    private static SyntheticDataOptions Tiny(int seed) =>
        new(SyntheticScale.Small, seed, NikKey) { ParticipantCount = 2_000, BatchSize = 500 };

    private async Task<DatabaseSettings> GenerateAsync(DatabaseProvider provider, SyntheticDataOptions options)
    {
        var settings = await SyntheticTestReference.CreateAsync(_databases, provider, "generated");
        await using var db = settings.CreateContext();
        await new SyntheticDataGenerator(db).GenerateAsync(options, null, CancellationToken.None);
        return settings;
    }

    private static async Task<List<string>> ParticipantRowsAsync(DatabaseSettings settings)
    {
        await using var db = settings.CreateContext();
        var rows = await db.Participants.OrderBy(p => p.Id).ToListAsync();
        return [.. rows.Select(p => string.Join('|', p.Id, p.Kpj, Convert.ToHexString(p.NikHash), p.Category, p.OccupationId, p.EmployerId, p.OfficeId, p.Programs, p.Status, p.RegisteredOn, p.PaidThrough))];
    }
}
