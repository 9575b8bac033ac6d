using System.Text;

namespace BpjsTk.Schema.Coverage;

/// <summary>
/// The SQL that flattens figures, targets and potentials into <see cref="CoverageFact"/> rows, the same on SQLite and
/// PostgreSQL. It is assembled only from fixed fragments chosen by the grouping (never from user text); the period
/// range comes in as the parameters <c>{0}</c> and <c>{1}</c> (yyyymm). LINQ then filters, groups, orders and pages
/// over it, so the GROUP BY runs in the database.
/// </summary>
/// <remarks>
/// Stock measures (active participants and employers, wadah, potentials, targets of active participants or employers)
/// are kept only on the last month a slice reported within its period key, so summing them gives the state at the end
/// of the period; flows (new participants, contributions, targets of new participants) are kept on every month.
/// A slice is one kind of fact (figure, a target measure, potential) for one office or area, category, occupation,
/// programme and partner programme.
/// </remarks>
internal static class CoverageFactSql
{
    private const string Facts = """
        SELECT 'FIGURE' AS "Kind",
               COALESCE(f."RegionId", o."RegionId", fp."RegionId", rp."RegionId") AS "RegionId",
               COALESCE(f."ProvinceId", rg."ProvinceId", og."ProvinceId") AS "ProvinceId",
               f."RegencyId" AS "RegencyId",
               CASE WHEN o."Kind" = 'BRANCH' THEN o."Id" ELSE o."BranchId" END AS "BranchId",
               CASE WHEN o."Kind" = 'SUB_BRANCH_OFFICE' THEN o."Id" END AS "SubBranchOfficeId",
               f."Category" AS "Category", f."OccupationId" AS "OccupationId", f."Program" AS "Program",
               f."PartnerProgramId" AS "PartnerProgramId", f."Period" AS "Period",
               f."ActiveParticipants" AS "ActiveParticipants", f."NewParticipants" AS "NewParticipants",
               f."ActiveEmployers" AS "ActiveEmployers", CAST(f."WadahCount" AS BIGINT) AS "WadahCount",
               CAST(f."Contributions" AS DOUBLE PRECISION) AS "Contributions",
               CAST(NULL AS BIGINT) AS "TargetActiveParticipants", CAST(NULL AS BIGINT) AS "TargetNewParticipants",
               CAST(NULL AS BIGINT) AS "TargetActiveEmployers", CAST(NULL AS BIGINT) AS "PotentialWorkforce",
               f."SourceId" AS "SourceId"
        FROM "CoverageFigures" f
        LEFT JOIN "Offices" o ON o."Id" = f."OfficeId"
        LEFT JOIN "Regencies" og ON og."Id" = o."RegencyId"
        LEFT JOIN "Provinces" fp ON fp."Id" = f."ProvinceId"
        LEFT JOIN "Regencies" rg ON rg."Id" = f."RegencyId"
        LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
        WHERE f."Period" >= {0} AND f."Period" <= {1}{figureCategories}
          AND (f."ActiveParticipants" IS NOT NULL OR f."NewParticipants" IS NOT NULL OR f."ActiveEmployers" IS NOT NULL
               OR f."WadahCount" IS NOT NULL OR f."Contributions" IS NOT NULL)
        UNION ALL
        SELECT t."Measure",
               COALESCE(t."RegionId", o."RegionId", tp."RegionId", rp."RegionId"),
               COALESCE(t."ProvinceId", rg."ProvinceId", og."ProvinceId"),
               t."RegencyId",
               CASE WHEN o."Kind" = 'BRANCH' THEN o."Id" ELSE o."BranchId" END,
               CASE WHEN o."Kind" = 'SUB_BRANCH_OFFICE' THEN o."Id" END,
               t."Category", CAST(NULL AS INTEGER), CAST(NULL AS TEXT), CAST(NULL AS INTEGER), t."Period",
               CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS DOUBLE PRECISION),
               CASE WHEN t."Measure" = 'ACTIVE_PARTICIPANTS' THEN t."Figure" END,
               CASE WHEN t."Measure" = 'NEW_PARTICIPANTS' THEN t."Figure" END,
               CASE WHEN t."Measure" = 'ACTIVE_EMPLOYERS' THEN t."Figure" END,
               CAST(NULL AS BIGINT), t."SourceId"
        FROM "Targets" t
        LEFT JOIN "Offices" o ON o."Id" = t."OfficeId"
        LEFT JOIN "Regencies" og ON og."Id" = o."RegencyId"
        LEFT JOIN "Provinces" tp ON tp."Id" = t."ProvinceId"
        LEFT JOIN "Regencies" rg ON rg."Id" = t."RegencyId"
        LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
        WHERE t."Period" >= {0} AND t."Period" <= {1}{targetCategories}
        UNION ALL
        SELECT 'POTENTIAL',
               COALESCE(w."RegionId", wp."RegionId", rp."RegionId"),
               COALESCE(w."ProvinceId", rg."ProvinceId"),
               w."RegencyId", CAST(NULL AS INTEGER), CAST(NULL AS INTEGER),
               w."Category", CAST(NULL AS INTEGER), CAST(NULL AS TEXT), CAST(NULL AS INTEGER), w."Period",
               CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS DOUBLE PRECISION),
               CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), w."Count", w."SourceId"
        FROM "WorkforcePotentials" w
        LEFT JOIN "Provinces" wp ON wp."Id" = w."ProvinceId"
        LEFT JOIN "Regencies" rg ON rg."Id" = w."RegencyId"
        LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
        WHERE w."Unit" = 'WORKERS' AND w."Period" >= {0} AND w."Period" <= {1}{potentialCategories}
        """;

    private const string Slice = """
        x."Kind", x."RegionId", x."ProvinceId", x."RegencyId", x."BranchId", x."SubBranchOfficeId",
        x."Category", x."OccupationId", x."Program", x."PartnerProgramId"
        """;

    private static readonly string[] Stocks =
        ["ActiveParticipants", "ActiveEmployers", "WadahCount", "TargetActiveParticipants", "TargetActiveEmployers", "PotentialWorkforce"];

    private static readonly string[] Flows = ["NewParticipants", "Contributions", "TargetNewParticipants"];

    /// <summary>The first and last yyyymm of an open range.</summary>
    public const int NoStart = 0;

    public const int NoEnd = 999_999;

    /// <param name="categories">Category codes to keep (empty keeps all); inlined from the enum's names, never from user text, so the window sorts only their figures.</param>
    public static string For(IReadOnlyCollection<CoverageDimension> groupBy, PeriodGranularity granularity, IReadOnlyCollection<string> categories)
    {
        var sql = new StringBuilder("SELECT ");
        foreach (var column in (string[])["RegionId", "ProvinceId", "RegencyId", "BranchId", "SubBranchOfficeId", "Category", "OccupationId", "Program", "PartnerProgramId", "Period", "SourceId", .. Flows])
        {
            sql.Append("x.\"").Append(column).Append("\", ");
        }

        var period = !groupBy.Contains(CoverageDimension.Period)
            ? "CAST(NULL AS INTEGER)"
            : granularity switch
            {
                PeriodGranularity.Year => "x.\"Period\" / 100",
                PeriodGranularity.Quarter => "(x.\"Period\" / 100) * 10 + ((x.\"Period\" % 100) + 2) / 3",
                _ => "x.\"Period\"",
            };

        // a month key is its own last month: no window needed
        var monthly = groupBy.Contains(CoverageDimension.Period) && granularity == PeriodGranularity.Month;
        foreach (var stock in Stocks)
        {
            if (monthly)
            {
                sql.Append("x.\"").Append(stock).Append("\", ");
            }
            else
            {
                sql.Append("CASE WHEN x.\"Period\" = MAX(x.\"Period\") OVER slice THEN x.\"").Append(stock).Append("\" END AS \"").Append(stock).Append("\", ");
            }
        }

        Key(sql, groupBy, CoverageDimension.Region, "RegionId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.Province, "ProvinceId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.Regency, "RegencyId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.Branch, "BranchId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.SubBranchOffice, "SubBranchOfficeId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.Category, "Category", "TEXT");
        Key(sql, groupBy, CoverageDimension.Occupation, "OccupationId", "INTEGER");
        Key(sql, groupBy, CoverageDimension.Program, "Program", "TEXT");
        Key(sql, groupBy, CoverageDimension.PartnerProgram, "PartnerProgramId", "INTEGER");
        sql.Append(period).Append(" AS \"KeyPeriod\"");
        var inList = categories.Count == 0 ? null : " IN (" + string.Join(", ", categories.Select(c => "'" + c + "'")) + ")";
        sql.Append(" FROM (")
            .Append(Facts
                .Replace("{figureCategories}", inList is null ? "" : " AND f.\"Category\"" + inList, StringComparison.Ordinal)
                .Replace("{targetCategories}", inList is null ? "" : " AND t.\"Category\"" + inList, StringComparison.Ordinal)
                .Replace("{potentialCategories}", inList is null ? "" : " AND w.\"Category\"" + inList, StringComparison.Ordinal))
            .Append(") x");
        if (!monthly)
        {
            sql.Append(" WINDOW slice AS (PARTITION BY ").Append(Slice);
            if (groupBy.Contains(CoverageDimension.Period))
            {
                sql.Append(", ").Append(period);
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private static void Key(StringBuilder sql, IReadOnlyCollection<CoverageDimension> groupBy, CoverageDimension dimension, string column, string sqlType)
    {
        if (groupBy.Contains(dimension))
        {
            sql.Append("x.\"").Append(column).Append('"');
        }
        else
        {
            sql.Append("CAST(NULL AS ").Append(sqlType).Append(')');
        }

        sql.Append(" AS \"Key").Append(column).Append("\", ");
    }
}
