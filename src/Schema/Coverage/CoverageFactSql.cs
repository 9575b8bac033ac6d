using System.Text;

namespace BpjsTk.Schema.Coverage;

/// <summary>
/// The SQL that flattens figures, targets and potentials into <see cref="CoverageFact"/> rows, the same on SQLite and
/// PostgreSQL. It is assembled only from fixed fragments chosen by the grouping (never from user text); LINQ then
/// filters, groups, orders and pages over it, so the GROUP BY runs in the database.
/// </summary>
internal static class CoverageFactSql
{
    private const string Facts = """
        SELECT COALESCE(f."RegionId", o."RegionId", fp."RegionId", rp."RegionId") AS "RegionId",
               COALESCE(f."ProvinceId", rg."ProvinceId", og."ProvinceId") AS "ProvinceId",
               f."RegencyId" AS "RegencyId",
               CASE WHEN o."Kind" = 'BRANCH' THEN o."Id" ELSE o."BranchId" END AS "BranchId",
               CASE WHEN o."Kind" = 'SUB_BRANCH_OFFICE' THEN o."Id" END AS "SubBranchOfficeId",
               f."Category" AS "Category", f."OccupationId" AS "OccupationId", f."Program" AS "Program",
               f."PartnerProgramId" AS "PartnerProgramId", f."Period" AS "Period",
               f."ActiveParticipants" AS "ActiveParticipants", f."NewParticipants" AS "NewParticipants",
               f."ActiveEmployers" AS "ActiveEmployers", CAST(f."WadahCount" AS BIGINT) AS "WadahCount",
               CAST(f."Contributions" AS DOUBLE PRECISION) AS "Contributions",
               CAST(NULL AS BIGINT) AS "TargetActiveParticipants", CAST(NULL AS BIGINT) AS "PotentialWorkforce",
               f."SourceId" AS "SourceId"
        FROM "CoverageFigures" f
        LEFT JOIN "Offices" o ON o."Id" = f."OfficeId"
        LEFT JOIN "Regencies" og ON og."Id" = o."RegencyId"
        LEFT JOIN "Provinces" fp ON fp."Id" = f."ProvinceId"
        LEFT JOIN "Regencies" rg ON rg."Id" = f."RegencyId"
        LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
        UNION ALL
        SELECT COALESCE(t."RegionId", o."RegionId", tp."RegionId", rp."RegionId"),
               COALESCE(t."ProvinceId", rg."ProvinceId", og."ProvinceId"),
               t."RegencyId",
               CASE WHEN o."Kind" = 'BRANCH' THEN o."Id" ELSE o."BranchId" END,
               CASE WHEN o."Kind" = 'SUB_BRANCH_OFFICE' THEN o."Id" END,
               t."Category", CAST(NULL AS INTEGER), CAST(NULL AS TEXT), CAST(NULL AS INTEGER), t."Period",
               CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS DOUBLE PRECISION),
               t."Figure", CAST(NULL AS BIGINT), t."SourceId"
        FROM "Targets" t
        LEFT JOIN "Offices" o ON o."Id" = t."OfficeId"
        LEFT JOIN "Regencies" og ON og."Id" = o."RegencyId"
        LEFT JOIN "Provinces" tp ON tp."Id" = t."ProvinceId"
        LEFT JOIN "Regencies" rg ON rg."Id" = t."RegencyId"
        LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
        WHERE t."Measure" = 'ACTIVE_PARTICIPANTS'
        UNION ALL
        SELECT COALESCE(w."RegionId", wp."RegionId", rp."RegionId"),
               COALESCE(w."ProvinceId", rg."ProvinceId"),
               w."RegencyId", CAST(NULL AS INTEGER), CAST(NULL AS INTEGER),
               w."Category", CAST(NULL AS INTEGER), CAST(NULL AS TEXT), CAST(NULL AS INTEGER), w."Period",
               CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS DOUBLE PRECISION),
               CAST(NULL AS BIGINT), w."Count", w."SourceId"
        FROM "WorkforcePotentials" w
        LEFT JOIN "Provinces" wp ON wp."Id" = w."ProvinceId"
        LEFT JOIN "Regencies" rg ON rg."Id" = w."RegencyId"
        LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
        WHERE w."Unit" = 'WORKERS'
        """;

    public static string For(IReadOnlyCollection<CoverageDimension> groupBy, PeriodGranularity granularity)
    {
        var sql = new StringBuilder("SELECT x.*");
        Key(sql, groupBy, CoverageDimension.Region, "RegionId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.Province, "ProvinceId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.Regency, "RegencyId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.Branch, "BranchId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.SubBranchOffice, "SubBranchOfficeId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.Category, "Category", "TEXT");
        Key(sql, groupBy, CoverageDimension.Occupation, "OccupationId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.Program, "Program", "TEXT");
        Key(sql, groupBy, CoverageDimension.PartnerProgram, "PartnerProgramId", "INTEGER");
        var period = !groupBy.Contains(CoverageDimension.Period)
            ? "CAST(NULL AS INTEGER)"
            : granularity switch
            {
                PeriodGranularity.Year => "x.\"Period\" / 100",
                PeriodGranularity.Quarter => "(x.\"Period\" / 100) * 10 + ((x.\"Period\" % 100) + 2) / 3",
                _ => "x.\"Period\"",
            };
        sql.Append(", ").Append(period).Append(" AS \"KeyPeriod\"");
        sql.Append(" FROM (").Append(Facts).Append(") x");
        return sql.ToString();
    }

    private static void Key(StringBuilder sql, IReadOnlyCollection<CoverageDimension> groupBy, CoverageDimension dimension, string column, string sqlType)
    {
        sql.Append(", ");
        if (groupBy.Contains(dimension))
        {
            sql.Append("x.\"").Append(column).Append('"');
        }
        else
        {
            sql.Append("CAST(NULL AS ").Append(sqlType).Append(')');
        }

        sql.Append(" AS \"Key").Append(column).Append('"');
    }
}
