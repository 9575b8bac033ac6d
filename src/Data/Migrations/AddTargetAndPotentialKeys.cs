using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BpjsTk.Data.Migrations;

/// <summary>
/// A unique natural key on targets and potential workforce, so setting one again replaces it even under concurrent writers
/// (one non-null text column, as on coverage figures; earlier duplicates are removed, the latest row kept), and the change
/// history's enum values as their names (<c>"measure":"ACTIVE_PARTICIPANTS"</c>) where earlier rows held numbers.
/// </summary>
[DbContext(typeof(BpjsTkDbContext))]
[SuppressMessage("Performance", "CA1861:Avoid constant arrays as arguments", Justification = "A migration runs once per database.")]
[Migration("20261122000400_AddTargetAndPotentialKeys")]
internal sealed class AddTargetAndPotentialKeys : Migration
{
    // TargetKey's and WorkforcePotentialKey's texts in SQL that both providers run alike; kept as they were, whatever the code does later.
    private const string FillTargetKeys = """
        UPDATE "Targets" SET "NaturalKey" =
            CAST("Period" AS TEXT)
            || '|' || COALESCE("Category", '')
            || '|' || COALESCE(CAST("OfficeId" AS TEXT), '')
            || '|' || COALESCE(CAST("RegionId" AS TEXT), '')
            || '|' || COALESCE(CAST("ProvinceId" AS TEXT), '')
            || '|' || COALESCE(CAST("RegencyId" AS TEXT), '')
            || '|' || "Measure"
            || '|' || CAST("SourceId" AS TEXT)
        """;

    private const string FillPotentialKeys = """
        UPDATE "WorkforcePotentials" SET "NaturalKey" =
            CAST("Period" AS TEXT)
            || '|' || COALESCE("Category", '')
            || '|' || COALESCE(CAST("RegionId" AS TEXT), '')
            || '|' || COALESCE(CAST("ProvinceId" AS TEXT), '')
            || '|' || COALESCE(CAST("RegencyId" AS TEXT), '')
            || '|' || "Unit"
            || '|' || CAST("SourceId" AS TEXT)
        """;

    // The enums the history's values held as numbers until now, by entity and JSON property, each name at its number.
    private static readonly (string Entity, string Property, string[] Names)[] EnumValues =
    [
        ("CoverageFigure", "periodPrecision", ["MONTH", "YEAR"]),
        ("Employer", "sizeClass", ["MICRO", "SMALL", "MEDIUM", "LARGE"]),
        ("Employer", "status", ["ACTIVE", "INACTIVE", "CLOSED"]),
        ("Partner", "kind", ["BANK", "UNION", "COOPERATIVE", "LOCAL_GOVERNMENT", "RETAILER", "COMMUNITY", "POSTAL", "AGENT_NETWORK"]),
        ("PartnerProgram", "kind", ["COOPERATIVE", "KUR_CREDIT_TIE_IN", "UNION_OUTREACH", "COMMUNITY_OUTREACH", "LOCAL_REGULATION", "PAYMENT_CHANNEL", "SERVICE_POINT", "INCENTIVE"]),
        ("PartnerProgram", "status", ["PLANNED", "IN_FORCE", "ENDED"]),
        ("Target", "category", ["PU", "BPU", "JAKON", "PMI"]),
        ("Target", "measure", ["ACTIVE_PARTICIPANTS", "NEW_PARTICIPANTS", "ACTIVE_EMPLOYERS"]),
        ("WorkforcePotential", "category", ["PU", "BPU", "JAKON", "PMI"]),
        ("WorkforcePotential", "unit", ["WORKERS", "EMPLOYERS", "COOPERATIVES", "MICRO_SMALL_MEDIUM_ENTERPRISES"]),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Targets", "WorkforcePotentials" })
        {
            // SQLite adds a NOT NULL column only with a default; the writers always set the key, so the default is never used.
            migrationBuilder.AddColumn<string>(name: "NaturalKey", table: table, maxLength: 200, nullable: false, defaultValue: "");
        }

        migrationBuilder.Sql(FillTargetKeys);
        migrationBuilder.Sql(FillPotentialKeys);
        foreach (var table in new[] { "Targets", "WorkforcePotentials" })
        {
            // Setting a target or potential again used to be able to add a second row; the later one is the one kept.
            migrationBuilder.Sql($"""DELETE FROM "{table}" WHERE "Id" NOT IN (SELECT MAX("Id") FROM "{table}" GROUP BY "NaturalKey")""");
            if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            {
                migrationBuilder.Sql($"""ALTER TABLE "{table}" ALTER COLUMN "NaturalKey" DROP DEFAULT""");
            }

            migrationBuilder.CreateIndex(name: $"UX_{table}_NaturalKey", table: table, column: "NaturalKey", unique: true);
        }

        foreach (var entity in EnumValues.GroupBy(e => e.Entity))
        {
            foreach (var column in new[] { "OldValues", "NewValues" })
            {
                migrationBuilder.Sql($"""UPDATE "DataChanges" SET "{column}" = {NamesFor(column, entity)} WHERE "Entity" = '{entity.Key}'""");
            }
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Targets", "WorkforcePotentials" })
        {
            migrationBuilder.DropIndex(name: $"UX_{table}_NaturalKey", table: table);
            migrationBuilder.DropColumn(name: "NaturalKey", table: table);
        }
    }

    /// <summary>
    /// The column with each <c>"property":N</c> (followed by a comma or a brace: the history's JSON has no spaces) written as
    /// <c>"property":"NAME"</c>: nested REPLACE calls, which SQLite and PostgreSQL run alike, and which keep the text as it was otherwise.
    /// </summary>
    private static string NamesFor(string column, IEnumerable<(string Entity, string Property, string[] Names)> enums)
    {
        var sql = new StringBuilder($"\"{column}\"");
        foreach (var (_, property, names) in enums)
        {
            for (var number = 0; number < names.Length; number++)
            {
                foreach (var end in new[] { ",", "}" })
                {
                    var from = $"\"{property}\":{number.ToString(CultureInfo.InvariantCulture)}{end}";
                    var to = $"\"{property}\":\"{names[number]}\"{end}";
                    sql.Insert(0, "REPLACE(").Append($", '{from}', '{to}')");
                }
            }
        }

        return sql.ToString();
    }
}
