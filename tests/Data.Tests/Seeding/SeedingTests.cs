using BpjsTk.Data.Participants;
using BpjsTk.Data.Partners;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using BpjsTk.Data.Seeding;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BpjsTk.Data.Tests.Seeding;

[Collection(PostgresTests.Name)]
public sealed class SeedingTests(PostgresCluster cluster, SeededDatabases seeded) : IClassFixture<SeededDatabases>, IDisposable
{
    private readonly TestDatabases _databases = new(cluster);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Seeding_twice_leaves_the_same_row_counts(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        await using (var db = settings.CreateContext())
        {
            Assert.True((await SampleDataSeeder.SeedAsync(db, TestKeys.NikHashKey, CancellationToken.None)).RowsAdded > 1000);
        }

        var first = await CountRowsAsync(settings);
        await using (var db = settings.CreateContext())
        {
            Assert.Equal(0, (await SampleDataSeeder.SeedAsync(db, TestKeys.NikHashKey, CancellationToken.None)).RowsAdded);
        }

        Assert.Equal(first, await CountRowsAsync(settings));
        Assert.Equal(
            "11 regions, 38 provinces, 514 regencies, 123 branches, 202 pioneer offices, 5 sources",
            $"{first["Regions"]} regions, {first["Provinces"]} provinces, {first["Regencies"]} regencies, "
            + $"{first["Branches"]} branches, {first["SubBranchOffices"]} pioneer offices, {first["Sources"]} sources");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Every_article_figure_is_stored_with_its_source(DatabaseProvider provider)
    {
        var settings = await SeededAsync(provider);
        await using var db = settings.CreateContext();
        var figures = await db.CoverageFigures.AsNoTracking()
            .Select(f => new
            {
                Office = f.Office!.Code,
                Region = f.Region!.Code,
                Province = f.Province!.Code,
                Regency = f.Regency!.Code,
                f.Period,
                f.Category,
                f.ActiveParticipants,
                f.ActiveEmployers,
                f.WadahCount,
                f.CoverageRatePercent,
                f.IsApproximate,
                Publisher = f.Source!.Publisher,
                f.Source.PublishedYear,
            })
            .ToListAsync();
        var lines = figures
            .Select(f => $"{f.Office ?? f.Regency ?? f.Province ?? f.Region} {f.Period} {f.Category?.ToString() ?? "ALL"}: "
                + $"participants={f.ActiveParticipants} employers={f.ActiveEmployers} wadah={f.WadahCount} rate={f.CoverageRatePercent:0.00} "
                + $"approx={f.IsApproximate} [{f.Publisher} {f.PublishedYear}]")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "16 2020-01 BPU: participants=48858 employers= wadah= rate=3.63 approx=False [Antara 2020]",
                "33.17 2024-12 PU: participants= employers= wadah= rate=93.00 approx=True [Joglo Jateng 2024]",
                "35.09 2017-12 PU: participants=48094 employers=3381 wadah= rate= approx=False [Antara Jatim 2017]",
                "64 2014-12 BPU: participants=40000 employers= wadah= rate= approx=True [Bisnis.com 2014]",
                "KALIMANTAN 2013-12 BPU: participants=72798 employers= wadah=1005 rate= approx=False [Bisnis.com 2014]",
                "KC-JEMBER 2016-12 BPU: participants=19000 employers= wadah= rate= approx=False [Antara Jatim 2016]",
                "KC-JEMBER 2016-12 PU: participants=55000 employers=3200 wadah= rate= approx=False [Antara Jatim 2016]",
                "KC-JEMBER 2017-12 ALL: participants=63706 employers=5412 wadah= rate= approx=False [Antara Jatim 2017]",
            ],
            lines);

        var targets = await db.Targets.AsNoTracking()
            .OrderBy(t => t.Period).ThenBy(t => t.Figure)
            .Select(t => $"{t.Office!.Code} {t.Period} {t.Category} {t.Measure} {t.Figure} [{t.Source!.Publisher}]")
            .ToListAsync();
        Assert.Equal(
            [
                "KC-JEMBER 2016-12 BPU ActiveParticipants 25000 [Antara Jatim]",
                "KC-JEMBER 2017-12 BPU NewParticipants 18000 [Antara Jatim]",
                "KC-JEMBER 2017-12 PU NewParticipants 29000 [Antara Jatim]",
            ],
            targets);

        var potentials = await db.WorkforcePotentials.AsNoTracking()
            .OrderBy(w => w.Count)
            .Select(w => $"{w.Province!.Name} {w.Period} {w.Unit} {w.Count} [{w.Source!.Publisher} {w.Source.PublishedOn:yyyy-MM-dd}]")
            .ToListAsync();
        Assert.Equal(
            [
                "Sumatera Selatan 2020-01 Cooperatives 4000 [Antara 2020-01-09]",
                "Sumatera Selatan 2020-01 MicroSmallMediumEnterprises 126000 [Antara 2020-01-09]",
                "Sumatera Selatan 2020-01 Workers 1340000 [Antara 2020-01-09]",
                "Kalimantan Timur 2014-12 Workers 3500000 [Bisnis.com 2014-04-11]",
            ],
            potentials);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Partner_programmes_the_articles_name_are_stored_with_status_and_area(DatabaseProvider provider)
    {
        var settings = await SeededAsync(provider);
        await using var db = settings.CreateContext();
        var kur = await db.PartnerPrograms.AsNoTracking()
            .Where(p => p.Kind == PartnerProgramKind.KurCreditTieIn)
            .OrderBy(p => p.Partner!.Code)
            .Select(p => $"{p.Partner!.Code} {p.Status} {p.Areas.Single().Regency!.Name} {p.Offices.Single().Office!.Code}")
            .ToListAsync();
        Assert.Equal(
            ["BNI Planned Kabupaten Jember KC-JEMBER", "BRI InForce Kabupaten Jember KC-JEMBER", "MANDIRI Planned Kabupaten Jember KC-JEMBER"],
            kur);

        var perbup = await db.PartnerPrograms.AsNoTracking().SingleAsync(p => p.Kind == PartnerProgramKind.LocalRegulation);
        Assert.Equal("Peraturan Bupati Jember Nomor 2 Tahun 2014", perbup.LegalBasis);

        var channels = await db.PartnerPrograms.AsNoTracking()
            .Where(p => p.Kind == PartnerProgramKind.PaymentChannel)
            .Select(p => p.Partner!.Name)
            .ToListAsync();
        Assert.Equal(5, channels.Count);
        Assert.Contains("Alfamart", channels);
        Assert.Contains("Indomaret", channels);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Jember_branch_runs_the_pioneer_offices_of_Lumajang_and_Bondowoso(DatabaseProvider provider)
    {
        var settings = await SeededAsync(provider);
        await using var db = settings.CreateContext();
        var jember = await db.Branches.AsNoTracking()
            .Where(b => b.Code == OfficeNetworkPlan.JemberBranchCode)
            .Select(b => new { b.Name, b.Region!.Code, SubBranchOffices = b.SubBranchOffices.OrderBy(s => s.Name).Select(s => s.Name).ToList() })
            .SingleAsync();

        Assert.Equal("Kantor Cabang Jember", jember.Name);
        Assert.Equal("JAWA-TIMUR", jember.Code);
        Assert.Equal(["Kantor Cabang Perintis Bondowoso", "Kantor Cabang Perintis Lumajang"], jember.SubBranchOffices);
        Assert.Equal(0, await db.Regencies.CountAsync(r => !db.OfficeRegencyAssignments.Any(a => a.RegencyId == r.Id)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task A_sample_participant_is_found_by_the_hash_of_the_NIK_and_by_KPJ(DatabaseProvider provider)
    {
        var settings = await SeededAsync(provider);
        await using var db = settings.CreateContext();
        var hash = new NikHasher(TestKeys.NikHashKey).Hash("3509025208900002");

        var found = await db.Participants.AsNoTracking()
            .Where(p => p.NikHash == hash)
            .Select(p => new { p.Kpj, p.Status, p.Programs, PartnerProgram = p.EnrolledThroughPartnerProgram!.Code, p.PaidThrough })
            .SingleAsync();

        Assert.Equal("35000000002", found.Kpj);
        Assert.Equal(ParticipantStatus.Active, found.Status);
        Assert.Equal(ProgramSet.JKK | ProgramSet.JKM | ProgramSet.JHT, found.Programs);
        Assert.Equal("BRI-KUR-JEMBER", found.PartnerProgram);
        Assert.Equal(new Month(2025, 6), found.PaidThrough);
        Assert.False(await db.Participants.AnyAsync(p => p.NikHash == new NikHasher(TestKeys.NikHashKey).Hash("3509025208900003")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Month_ranges_programme_flags_and_groupings_run_in_SQL(DatabaseProvider provider)
    {
        var settings = await SeededAsync(provider);
        await using var db = settings.CreateContext();
        var from = new Month(2016, 1);
        var to = new Month(2017, 12);

        var jemberYears = await db.CoverageFigures
            .Where(f => f.Period >= from && f.Period <= to && f.ActiveParticipants != null)
            .GroupBy(f => f.Period)
            .Select(g => new { Period = g.Key, Participants = g.Sum(f => f.ActiveParticipants) })
            .OrderBy(g => g.Period)
            .ToListAsync();
        var withJht = await db.Participants.CountAsync(p => (p.Programs & ProgramSet.JHT) != 0 && p.Category == ParticipantCategoryCode.BPU);

        Assert.Equal(["2016-12: 74000", "2017-12: 111800"], jemberYears.Select(y => $"{y.Period}: {y.Participants}"));
        Assert.Equal(2, withJht);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Seeding_interrupted_half_way_leaves_nothing(DatabaseProvider provider)
    {
        var settings = await MigratedAsync(provider);
        var builder = new DbContextOptionsBuilder<BpjsTkDbContext>();
        settings.Apply(builder);
        builder.AddInterceptors(new FailingSaveInterceptor(failOnSave: 6));
        await using (var db = new BpjsTkDbContext(builder.Options))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(
                () => SampleDataSeeder.SeedAsync(db, TestKeys.NikHashKey, CancellationToken.None));
        }

        var counts = await CountRowsAsync(settings);
        Assert.All(counts, table => Assert.Equal(0, table.Value));
    }

    public void Dispose() => _databases.Dispose();

    private async Task<DatabaseSettings> MigratedAsync(DatabaseProvider provider)
    {
        var settings = await _databases.CreateAsync(provider, "seeding");
        await using var db = settings.CreateContext();
        await db.Database.MigrateAsync();
        return settings;
    }

    private Task<DatabaseSettings> SeededAsync(DatabaseProvider provider) => seeded.GetAsync(provider);

    private static async Task<SortedDictionary<string, int>> CountRowsAsync(DatabaseSettings settings)
    {
        await using var db = settings.CreateContext();
        return new SortedDictionary<string, int>(StringComparer.Ordinal)
        {
            ["Regions"] = await db.Regions.CountAsync(),
            ["Provinces"] = await db.Provinces.CountAsync(),
            ["Regencies"] = await db.Regencies.CountAsync(),
            ["Branches"] = await db.Branches.CountAsync(),
            ["SubBranchOffices"] = await db.SubBranchOffices.CountAsync(),
            ["OfficeRegencyAssignments"] = await db.OfficeRegencyAssignments.CountAsync(),
            ["ParticipantCategories"] = await db.ParticipantCategories.CountAsync(),
            ["Programs"] = await db.Programs.CountAsync(),
            ["ProgramEligibilities"] = await db.ProgramEligibilities.CountAsync(),
            ["ContributionRules"] = await db.ContributionRules.CountAsync(),
            ["Occupations"] = await db.Occupations.CountAsync(),
            ["Employers"] = await db.Employers.CountAsync(),
            ["Participants"] = await db.Participants.CountAsync(),
            ["Partners"] = await db.Partners.CountAsync(),
            ["PartnerPrograms"] = await db.PartnerPrograms.CountAsync(),
            ["PartnerProgramOffices"] = await db.PartnerProgramOffices.CountAsync(),
            ["PartnerProgramAreas"] = await db.PartnerProgramAreas.CountAsync(),
            ["CoverageFigures"] = await db.CoverageFigures.CountAsync(),
            ["Targets"] = await db.Targets.CountAsync(),
            ["WorkforcePotentials"] = await db.WorkforcePotentials.CountAsync(),
            ["Sources"] = await db.Sources.CountAsync(),
        };
    }

    /// <summary>Breaks the n-th save, as a crash or a lost connection would.</summary>
    private sealed class FailingSaveInterceptor(int failOnSave) : SaveChangesInterceptor
    {
        private int _saves;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ++_saves == failOnSave
                ? throw new InvalidOperationException("Simulated failure half-way through seeding.")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
