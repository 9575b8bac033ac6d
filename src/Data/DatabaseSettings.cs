using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BpjsTk.Data;

/// <summary>Which provider to use and where the database is.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public void Apply(DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _ = Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(ConnectionString),
            DatabaseProvider.Postgres => builder.UseNpgsql(ConnectionString),
            _ => throw new InvalidOperationException($"Unknown database provider '{Provider}'."),
        };

        // The migrations are written by hand without a model snapshot; the schema-equals-model test guards against drift instead.
        builder.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public DbContextOptions<BpjsTkDbContext> BuildOptions()
    {
        var builder = new DbContextOptionsBuilder<BpjsTkDbContext>();
        Apply(builder);
        return builder.Options;
    }

    public BpjsTkDbContext CreateContext() => new(BuildOptions());
}
