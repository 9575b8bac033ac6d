using BpjsTk.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data;

/// <summary>First run: bring the schema up to date, then load the sample data when the database is empty.</summary>
public static class DatabaseInitializer
{
    /// <summary>Applies pending migrations; throws <see cref="DatabaseUnavailableException"/> when the database cannot be reached.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(BpjsTkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await DatabaseConnectivity.EnsureReachableAsync(db, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL is kept in the file: reads no longer block the audit's commits, which otherwise fail with "database is locked".
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }

    /// <summary>Migrates, then seeds if no region exists yet. Returns the rows the seeding added (0 when it did not run).</summary>
    public static async Task<SeedResult> InitializeAsync(BpjsTkDbContext db, byte[] nikHashKey, CancellationToken cancellationToken)
    {
        await MigrateAsync(db, cancellationToken);
        return await db.Regions.AnyAsync(cancellationToken)
            ? new SeedResult(0)
            : await SampleDataSeeder.SeedAsync(db, nikHashKey, cancellationToken);
    }
}
