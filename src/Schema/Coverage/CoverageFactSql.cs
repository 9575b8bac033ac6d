using System.Text;

namespace BpjsTk.Schema.Coverage;

/// <summary>
/// The SQL that flattens figures, targets and potentials and groups them into <see cref="CoverageAggregate"/> rows, the same on SQLite and
/// PostgreSQL. It is assembled from fixed fragments chosen by the request; codes the user typed come in as parameters
/// (<c>{0}</c>, <c>{1}</c>, ...), enum names and ids are inlined. Every filter sits in the WHERE of each table's own
/// SELECT, so the indexes on the period and the office are used and the window sorts only the requested rows.
/// The statement groups too; LINQ orders and pages over it.
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
    private const string Figures = """
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
        FROM {driver}"CoverageFigures" f
        LEFT JOIN "Offices" o ON o."Id" = f."OfficeId"
        LEFT JOIN "Regencies" og ON og."Id" = o."RegencyId"
        LEFT JOIN "Provinces" fp ON fp."Id" = f."ProvinceId"
        LEFT JOIN "Regencies" rg ON rg."Id" = f."RegencyId"
        LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
        WHERE (f."ActiveParticipants" IS NOT NULL OR f."NewParticipants" IS NOT NULL OR f."ActiveEmployers" IS NOT NULL
               OR f."WadahCount" IS NOT NULL OR f."Contributions" IS NOT NULL)
        """;

    private const string Targets = """
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
        FROM {driver}"Targets" t
        LEFT JOIN "Offices" o ON o."Id" = t."OfficeId"
        LEFT JOIN "Regencies" og ON og."Id" = o."RegencyId"
        LEFT JOIN "Provinces" tp ON tp."Id" = t."ProvinceId"
        LEFT JOIN "Regencies" rg ON rg."Id" = t."RegencyId"
        LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
        WHERE 1 = 1
        """;

    private const string Potentials = """
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
        WHERE w."Unit" = 'WORKERS'
        """;

    private const string Slice = """
        x."Kind", x."RegionId", x."ProvinceId", x."RegencyId", x."BranchId", x."SubBranchOfficeId",
        x."Category", x."OccupationId", x."Program", x."PartnerProgramId"
        """;

    private static readonly string[] Stocks =
        ["ActiveParticipants", "ActiveEmployers", "WadahCount", "TargetActiveParticipants", "TargetActiveEmployers", "PotentialWorkforce"];

    private static readonly string[] Flows = ["NewParticipants", "Contributions", "TargetNewParticipants"];

    // the properties of CoverageAggregate and the fact columns they sum
    private static readonly (string Measure, string Column)[] Measures =
    [
        ("ActiveParticipants", "ActiveParticipants"), ("NewParticipants", "NewParticipants"), ("ActiveEmployers", "ActiveEmployers"),
        ("WadahCount", "WadahCount"), ("Contributions", "Contributions"), ("Target", "TargetActiveParticipants"),
        ("NewParticipantsTarget", "TargetNewParticipants"), ("ActiveEmployersTarget", "TargetActiveEmployers"), ("PotentialWorkforce", "PotentialWorkforce"),
    ];

    /// <summary>The first and last yyyymm of an open range.</summary>
    public const int NoStart = 0;

    public const int NoEnd = 999_999;

    /// <summary>
    /// The GROUP BY for <paramref name="request"/> over <paramref name="filter"/>, one <see cref="CoverageAggregate"/> per
    /// row with its distinct source ids; its parameters are appended to <paramref name="parameters"/>.
    /// </summary>
    /// <param name="previous">Whether each row also carries the active participants of the row before it in time (same keys, LAG over the grouped rows).</param>
    /// <param name="keepFrom">The first period key returned: the range was widened by one period so that the first row has its previous one.</param>
    public static string For(CoverageRequest request, CoverageFilterInput filter, int first, int last, bool postgres, List<object> parameters, bool previous = false, int? keepFrom = null)
    {
        var groupBy = request.GroupBy;
        var sql = new StringBuilder("SELECT y.\"SourceId\", ");
        foreach (var flow in Flows)
        {
            sql.Append("y.\"").Append(flow).Append("\", ");
        }

        var period = !groupBy.Contains(CoverageDimension.Period)
            ? "CAST(NULL AS INTEGER)"
            : request.Granularity switch
            {
                PeriodGranularity.Year => "x.\"Period\" / 100",
                PeriodGranularity.Quarter => "(x.\"Period\" / 100) * 10 + ((x.\"Period\" % 100) + 2) / 3",
                _ => "x.\"Period\"",
            };

        // a month key is its own last month: no window needed
        var monthly = groupBy.Contains(CoverageDimension.Period) && request.Granularity == PeriodGranularity.Month;
        var inner = new StringBuilder("SELECT x.\"SourceId\", ");
        foreach (var flow in Flows)
        {
            inner.Append("x.\"").Append(flow).Append("\", ");
        }

        foreach (var stock in Stocks)
        {
            if (monthly)
            {
                inner.Append("x.\"").Append(stock).Append("\", ");
            }
            else
            {
                inner.Append("CASE WHEN x.\"Period\" = MAX(x.\"Period\") OVER slice THEN x.\"").Append(stock).Append("\" END AS \"").Append(stock).Append("\", ");
            }
        }

        var keys = new List<string>();
        Key(inner, keys, groupBy, CoverageDimension.Region, "RegionId", "INTEGER");
        Key(inner, keys, groupBy, CoverageDimension.Province, "ProvinceId", "INTEGER");
        Key(inner, keys, groupBy, CoverageDimension.Regency, "RegencyId", "INTEGER");
        Key(inner, keys, groupBy, CoverageDimension.Branch, "BranchId", "INTEGER");
        Key(inner, keys, groupBy, CoverageDimension.SubBranchOffice, "SubBranchOfficeId", "INTEGER");
        Key(inner, keys, groupBy, CoverageDimension.Category, "Category", "TEXT");
        Key(inner, keys, groupBy, CoverageDimension.Occupation, "OccupationId", "INTEGER");
        Key(inner, keys, groupBy, CoverageDimension.Program, "Program", "TEXT");
        Key(inner, keys, groupBy, CoverageDimension.PartnerProgram, "PartnerProgramId", "INTEGER");
        inner.Append(period).Append(" AS \"Period\" FROM (");
        keys.Add("Period");
        var where = new FactFilter(filter, request.Scope, first, last, parameters);
        var tables = new List<string>();
        if (where.For(FactTable.Figures) is { } figures)
        {
            tables.Add(Figures.Replace("{driver}", where.Driver, StringComparison.Ordinal) + figures);
        }

        if (where.For(FactTable.Targets) is { } targets)
        {
            tables.Add(Targets.Replace("{driver}", where.Driver, StringComparison.Ordinal) + targets);
        }

        if (where.For(FactTable.Potentials) is { } potentials)
        {
            tables.Add(Potentials + potentials);
        }

        inner.AppendJoin("\nUNION ALL\n", tables).Append(") x");
        if (!monthly)
        {
            inner.Append(" WINDOW slice AS (PARTITION BY ").Append(Slice);
            if (groupBy.Contains(CoverageDimension.Period))
            {
                inner.Append(", ").Append(period);
            }

            inner.Append(')');
        }

        // SUM over no reported value is NULL, which tells "nothing reported" apart from a reported zero
        var outer = new StringBuilder("SELECT ");
        foreach (var key in keys)
        {
            outer.Append("y.\"").Append(key).Append("\", ");
        }

        foreach (var (measure, column) in Measures)
        {
            outer.Append("CAST(SUM(y.\"").Append(column).Append("\") AS ").Append(measure == "Contributions" ? "DOUBLE PRECISION" : "BIGINT").Append(") AS \"").Append(measure).Append("\", ");
        }

        outer.Append(previous
            ? "LAG(y.\"Period\") OVER earlier AS \"PreviousPeriod\", CAST(LAG(SUM(y.\"ActiveParticipants\")) OVER earlier AS BIGINT) AS \"PreviousActiveParticipants\", "
            : "CAST(NULL AS INTEGER) AS \"PreviousPeriod\", CAST(NULL AS BIGINT) AS \"PreviousActiveParticipants\", ");

        // SQLite's group_concat takes DISTINCT only without a separator; its separator is a comma anyway
        outer.Append(postgres ? "string_agg(DISTINCT CAST(y.\"SourceId\" AS TEXT), ',')" : "group_concat(DISTINCT y.\"SourceId\")")
            .Append(" AS \"SourceIds\" FROM (").Append(inner).Append(") y GROUP BY ")
            .AppendJoin(", ", keys.Select(k => "y.\"" + k + "\""));
        if (!previous)
        {
            return outer.ToString();
        }

        outer.Append(" WINDOW earlier AS (PARTITION BY ").AppendJoin(", ", keys.Where(k => k != "Period").Select(k => "y.\"" + k + "\"")).Append(" ORDER BY y.\"Period\")");
        if (keepFrom is not { } firstKey)
        {
            return outer.ToString();
        }

        // the widened range's first period served only as the previous one of the next
        parameters.Add(firstKey);
        return "SELECT * FROM (" + outer + ") z WHERE z.\"Period\" >= {" + (parameters.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
    }

    private static void Key(StringBuilder sql, List<string> keys, IReadOnlyCollection<CoverageDimension> groupBy, CoverageDimension dimension, string column, string sqlType)
    {
        keys.Add(column);
        if (groupBy.Contains(dimension))
        {
            sql.Append("x.\"").Append(column).Append('"');
        }
        else
        {
            sql.Append("CAST(NULL AS ").Append(sqlType).Append(')');
        }

        sql.Append(" AS \"").Append(column).Append("\", ");
    }
}
