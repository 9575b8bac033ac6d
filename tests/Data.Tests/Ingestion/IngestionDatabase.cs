using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Provenance;
using BpjsTk.Data.Seeding;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BpjsTk.Data.Tests.Ingestion;

/// <summary>A seeded database with a source for imported figures, and writers over it that share one notifier and clock.</summary>
internal sealed class IngestionDatabase(DatabaseSettings settings)
{
    public const string SourceCode = "KC-JEMBER-EXPORT";

    public static readonly string[] Categories = ["PU", "BPU", "JAKON", "PMI"];

    public DatabaseSettings Settings { get; } = settings;

    public DataChangeNotifier Notifier { get; } = new();

    public FixedClock Clock { get; } = new(new DateTimeOffset(2025, 6, 15, 3, 0, 0, TimeSpan.Zero));

    public static async Task<IngestionDatabase> CreateAsync(TestDatabases databases, DatabaseProvider provider)
    {
        var settings = await databases.CreateAsync(provider, "ingest");
        await using var db = settings.CreateContext();
        await DatabaseInitializer.InitializeAsync(db, TestKeys.NikHashKey, CancellationToken.None);
        db.Sources.Add(new Source { Code = SourceCode, Kind = SourceKind.Import, Publisher = "BPJS Ketenagakerjaan Jember", Title = "Monthly export", PublishedYear = 2025 });
        await db.SaveChangesAsync();
        return new IngestionDatabase(settings);
    }

    public BpjsTkDbContext CreateContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<BpjsTkDbContext>(Settings.BuildOptions()).AddInterceptors(interceptors).Options);

    public async Task<CoverageFigureWriteResult> WriteAsync(IReadOnlyList<CoverageFigureRecord> rows, string who = "bi-team")
    {
        await using var db = CreateContext();
        return await new CoverageFigureWriter(db, Notifier, Clock).WriteAsync(rows, ChangeActor.Client(who), CancellationToken.None);
    }

    /// <summary>The figures of the test source: how many, and their active participants added up.</summary>
    public async Task<(int Figures, long ActiveParticipants)> TotalsAsync()
    {
        await using var db = CreateContext();
        var figures = db.CoverageFigures.Where(f => f.Source!.Code == SourceCode);
        return (await figures.CountAsync(), await figures.SumAsync(f => f.ActiveParticipants ?? 0));
    }

    public async Task<List<DataChange>> ChangesAsync()
    {
        await using var db = CreateContext();
        return await db.DataChanges.OrderBy(c => c.Id).ToListAsync();
    }

    /// <summary>One figure of the Jember branch for a month and category, with the given active participants.</summary>
    public static CoverageFigureRecord Figure(string period, string? category, long active, string? occupation = null) => new()
    {
        OfficeCode = OfficeNetworkPlan.JemberBranchCode,
        RegencyCode = "35.09",
        Period = period,
        Category = category,
        OccupationCode = occupation,
        SourceCode = SourceCode,
        ActiveParticipants = active,
        NewParticipants = active / 10,
    };

    /// <summary>Months of one year by the four categories: 48 figures.</summary>
    public static List<CoverageFigureRecord> Year(int year, long activeBase) =>
        [.. from month in Enumerable.Range(1, 12)
            from category in Categories
            select Figure($"{year:D4}-{month:D2}", category, activeBase + month)];
}
