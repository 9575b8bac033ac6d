using BpjsTk.Data.Tests.Storage;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Tests.Migrations;

[Collection(PostgresTests.Name)]
public sealed class MigrationTests(PostgresCluster cluster) : IDisposable
{
    private readonly TestDatabases _databases = new(cluster);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Migrated_schema_equals_the_schema_the_model_creates(DatabaseProvider provider)
    {
        var migrated = await _databases.CreateAsync(provider, "migrated");
        var created = await _databases.CreateAsync(provider, "created");
        await using (var context = migrated.CreateContext())
        {
            await context.Database.MigrateAsync();
        }

        await using (var context = created.CreateContext())
        {
            await context.Database.EnsureCreatedAsync();
        }

        var fromMigrations = await ReadSchemaAsync(migrated);
        var fromModel = await ReadSchemaAsync(created);

        Assert.Contains("Participants|NikHash", fromMigrations, StringComparison.Ordinal);
        Assert.Equal(fromModel, fromMigrations);

        // A reviewer sees every schema change as a diff of this file.
        SnapshotAssert.Matches(fromMigrations, testName: $"Migrated_schema_{provider}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Migrating_twice_changes_nothing(DatabaseProvider provider)
    {
        var settings = await _databases.CreateAsync(provider);
        await using (var context = settings.CreateContext())
        {
            await context.Database.MigrateAsync();
        }

        var once = await ReadSchemaAsync(settings);
        await using (var context = settings.CreateContext())
        {
            await context.Database.MigrateAsync();
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            Assert.Equal(4, (await context.Database.GetAppliedMigrationsAsync()).Count());
        }

        Assert.Equal(once, await ReadSchemaAsync(settings));
    }

    public void Dispose() => _databases.Dispose();

    private static async Task<string> ReadSchemaAsync(DatabaseSettings settings)
    {
        await using var context = settings.CreateContext();
        return await SchemaReader.ReadAsync(context, CancellationToken.None);
    }
}
