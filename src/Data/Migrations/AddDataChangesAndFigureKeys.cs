using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace BpjsTk.Data.Migrations;

/// <summary>
/// The history of data changes, who last changed each coverage figure, and a natural key on figures that holds on every
/// provider: one non-null text column, filled here for the rows already there, replaces the index over nullable columns.
/// </summary>
[DbContext(typeof(BpjsTkDbContext))]
[SuppressMessage("Performance", "CA1861:Avoid constant arrays as arguments", Justification = "A migration runs once per database.")]
[Migration("20261122000300_AddDataChangesAndFigureKeys")]
internal sealed class AddDataChangesAndFigureKeys : Migration
{
    // CoverageFigureKey's text in SQL that both providers run alike; kept here as it was, whatever the code does later.
    private const string FillNaturalKeys = """
        UPDATE "CoverageFigures" SET "NaturalKey" =
            CAST("Period" AS TEXT)
            || '|' || COALESCE("Category", '')
            || '|' || COALESCE(CAST("OfficeId" AS TEXT), '')
            || '|' || COALESCE(CAST("RegionId" AS TEXT), '')
            || '|' || COALESCE(CAST("ProvinceId" AS TEXT), '')
            || '|' || COALESCE(CAST("RegencyId" AS TEXT), '')
            || '|' || COALESCE(CAST("OccupationId" AS TEXT), '')
            || '|' || COALESCE("Program", '')
            || '|' || COALESCE(CAST("PartnerProgramId" AS TEXT), '')
            || '|' || CAST("SourceId" AS TEXT)
        """;

    // The old index let a figure in twice when a key column was null; the later row is the one kept.
    private const string RemoveRepeatedFigures = """
        DELETE FROM "CoverageFigures" WHERE "Id" NOT IN (SELECT MAX("Id") FROM "CoverageFigures" GROUP BY "NaturalKey")
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DataChanges",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ChangedAt = table.Column<DateTime>(nullable: false),
                ChangedBy = table.Column<string>(maxLength: 200, nullable: false),
                Entity = table.Column<string>(maxLength: 40, nullable: false),
                EntityKey = table.Column<string>(maxLength: 300, nullable: false),
                Action = table.Column<string>(maxLength: 40, nullable: false),
                OldValues = table.Column<string>(nullable: true),
                NewValues = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DataChanges", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_DataChanges_ChangedAt",
            table: "DataChanges",
            column: "ChangedAt");

        migrationBuilder.CreateIndex(
            name: "IX_DataChanges_Entity_EntityKey",
            table: "DataChanges",
            columns: new[] { "Entity", "EntityKey" });

        // SQLite adds a NOT NULL column only with a default; the writers always set the key, so the default is never used.
        migrationBuilder.AddColumn<string>(
            name: "NaturalKey",
            table: "CoverageFigures",
            maxLength: 200,
            nullable: false,
            defaultValue: "");

        migrationBuilder.AddColumn<string>(
            name: "LastChangedBy",
            table: "CoverageFigures",
            maxLength: 200,
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "LastChangedAt",
            table: "CoverageFigures",
            nullable: true);

        migrationBuilder.Sql(FillNaturalKeys);
        migrationBuilder.Sql(RemoveRepeatedFigures);
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("""ALTER TABLE "CoverageFigures" ALTER COLUMN "NaturalKey" DROP DEFAULT""");
        }

        migrationBuilder.DropIndex(
            name: "UX_CoverageFigures_NaturalKey",
            table: "CoverageFigures");

        migrationBuilder.CreateIndex(
            name: "UX_CoverageFigures_NaturalKey",
            table: "CoverageFigures",
            column: "NaturalKey",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_CoverageFigures_Period",
            table: "CoverageFigures",
            column: "Period");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_CoverageFigures_Period", table: "CoverageFigures");
        migrationBuilder.DropIndex(name: "UX_CoverageFigures_NaturalKey", table: "CoverageFigures");
        migrationBuilder.DropColumn(name: "LastChangedAt", table: "CoverageFigures");
        migrationBuilder.DropColumn(name: "LastChangedBy", table: "CoverageFigures");
        migrationBuilder.DropColumn(name: "NaturalKey", table: "CoverageFigures");
        migrationBuilder.CreateIndex(
            name: "UX_CoverageFigures_NaturalKey",
            table: "CoverageFigures",
            columns: new[] { "Period", "Category", "OfficeId", "RegionId", "ProvinceId", "RegencyId", "OccupationId", "Program", "PartnerProgramId", "SourceId" },
            unique: true);
        migrationBuilder.DropTable(name: "DataChanges");
    }
}
