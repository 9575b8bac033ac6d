using BpjsTk.Data.Coverage;
using BpjsTk.Data.Ingestion;
using BpjsTk.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BpjsTk.Data.Tests.Migrations;

/// <summary>The migration to unique target and potential keys and named enums in the history, from the schema before it.</summary>
[Collection(PostgresTests.Name)]
public sealed class TargetAndPotentialKeysMigrationTests(PostgresCluster cluster) : IDisposable
{
    private const string PreviousMigration = "20261122000300_AddDataChangesAndFigureKeys";

    private static readonly DateTime ChangedAt = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabases _databases = new(cluster);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task Repeated_targets_and_potentials_are_reduced_to_the_latest_and_keyed_as_the_code_keys_them(DatabaseProvider provider)
    {
        var settings = await PreviousSchemaAsync(provider);
        await using (var db = settings.CreateContext())
        {
            var source = await SourceAsync(db);
            foreach (var figure in new[] { 100, 200 })
            {
                await db.Database.ExecuteSqlRawAsync(
                    """INSERT INTO "Targets" ("Period", "PeriodPrecision", "Measure", "Figure", "SourceId") VALUES (201812, 'YEAR', 'ACTIVE_EMPLOYERS', {0}, {1})""",
                    figure, source);
                await db.Database.ExecuteSqlRawAsync(
                    """INSERT INTO "WorkforcePotentials" ("Period", "PeriodPrecision", "Unit", "Count", "IsApproximate", "SourceId") VALUES (201408, 'MONTH', 'WORKERS', {0}, {1}, {2})""",
                    figure * 1000, false, source);
            }

            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Targets" ("Period", "PeriodPrecision", "Category", "Measure", "Figure", "SourceId") VALUES (201812, 'YEAR', NULL, 'ACTIVE_PARTICIPANTS', 5000, {0})""",
                source);
        }

        await MigrateAsync(settings);

        await using var migrated = settings.CreateContext();
        var targets = await migrated.Targets.OrderBy(t => t.Figure).ToListAsync();
        Assert.Equal([200, 5000], targets.Select(t => t.Figure));
        Assert.All(targets, t => Assert.Equal(TargetKey.Of(t), t.NaturalKey));
        var potential = Assert.Single(await migrated.WorkforcePotentials.ToListAsync());
        Assert.Equal(200_000, potential.Count);
        Assert.Equal(WorkforcePotentialKey.Of(potential), potential.NaturalKey);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData(DatabaseProvider.Postgres)]
    public async Task History_values_stored_as_enum_numbers_are_rewritten_as_names_and_nothing_else_changes(DatabaseProvider provider)
    {
        var settings = await PreviousSchemaAsync(provider);
        await using (var db = settings.CreateContext())
        {
            await ChangeAsync(db, "Target", """{"officeCode":"KC-JEMBER","period":"2018","category":1,"measure":0,"figure":18000,"sourceCode":"S"}""", """{"officeCode":"KC-JEMBER","period":"2018","category":1,"measure":0,"figure":1}""");
            await ChangeAsync(db, "Employer", null, """{"npp":"35099001","sizeClass":3,"jkkRiskClass":1,"status":0}""");
            await ChangeAsync(db, "WorkforcePotential", null, """{"provinceCode":"64","period":"2014","unit":3,"count":3}""");
            await ChangeAsync(db, "PartnerProgram", null, """{"code":"BRI-KUR","kind":1,"status":1}""");
        }

        await MigrateAsync(settings);

        await using var migrated = settings.CreateContext();
        var changes = await migrated.Set<DataChange>().OrderBy(c => c.Id).ToListAsync();
        string[] expected =
            [
                """{"officeCode":"KC-JEMBER","period":"2018","category":"BPU","measure":"ACTIVE_PARTICIPANTS","figure":1}""",
                """{"npp":"35099001","sizeClass":"LARGE","jkkRiskClass":1,"status":"ACTIVE"}""",
                """{"provinceCode":"64","period":"2014","unit":"MICRO_SMALL_MEDIUM_ENTERPRISES","count":3}""",
                """{"code":"BRI-KUR","kind":"KUR_CREDIT_TIE_IN","status":"IN_FORCE"}""",
            ];
        Assert.Equal(expected.Length, changes.Count);
        Assert.All(expected.Zip(changes), pair => Assert.Equal(pair.First, pair.Second.NewValues));
        Assert.Equal("""{"officeCode":"KC-JEMBER","period":"2018","category":"BPU","measure":"ACTIVE_PARTICIPANTS","figure":18000,"sourceCode":"S"}""", changes[0].OldValues);
    }

    [Fact]
    public void The_history_writes_enums_by_the_names_the_tables_and_the_schema_use()
    {
        var json = DataChangeLog.ToJson(new { Measure = TargetMeasure.ActiveParticipants, Unit = PotentialUnit.MicroSmallMediumEnterprises, Kind = Partners.PartnerProgramKind.KurCreditTieIn });

        Assert.Equal("""{"measure":"ACTIVE_PARTICIPANTS","unit":"MICRO_SMALL_MEDIUM_ENTERPRISES","kind":"KUR_CREDIT_TIE_IN"}""", json);
    }

    public void Dispose() => _databases.Dispose();

    private async Task<DatabaseSettings> PreviousSchemaAsync(DatabaseProvider provider)
    {
        var settings = await _databases.CreateAsync(provider);
        await using var db = settings.CreateContext();
        await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
        return settings;
    }

    private static async Task MigrateAsync(DatabaseSettings settings)
    {
        await using var db = settings.CreateContext();
        await db.Database.MigrateAsync();
    }

    private static async Task<int> SourceAsync(BpjsTkDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Sources" ("Code", "Kind", "Publisher", "Title", "PublishedYear") VALUES ('OLD-SOURCE', 'IMPORT', 'KC Jember', 'Export', 2018)""");
        return await db.Sources.Where(s => s.Code == "OLD-SOURCE").Select(s => s.Id).SingleAsync();
    }

    private static Task<int> ChangeAsync(BpjsTkDbContext db, string entity, string? oldValues, string newValues) =>
        oldValues is null
            ? db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "DataChanges" ("ChangedAt", "ChangedBy", "Entity", "EntityKey", "Action", "NewValues") VALUES ({0}, 'client:bi-team', {1}, 'K', 'INSERTED', {2})""",
                ChangedAt, entity, newValues)
            : db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "DataChanges" ("ChangedAt", "ChangedBy", "Entity", "EntityKey", "Action", "OldValues", "NewValues") VALUES ({0}, 'client:bi-team', {1}, 'K', 'UPDATED', {2}, {3})""",
                ChangedAt, entity, oldValues, newValues);
}
