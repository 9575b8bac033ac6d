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
        SELECT {region} AS "RegionId", {province} AS "ProvinceId", f."RegencyId" AS "RegencyId",
               CASE WHEN o."Kind" = 'BRANCH' THEN o."Id" ELSE o."BranchId" END AS "BranchId",
               CASE WHEN o."Kind" = 'SUB_BRANCH_OFFICE' THEN o."Id" END AS "SubBranchOfficeId",
               f."Category" AS "Category", f."OccupationId" AS "OccupationId", f."Program" AS "Program",
               f."PartnerProgramId" AS "PartnerProgramId", f."Period" AS "Period",
               f."ActiveParticipants" AS "ActiveParticipants", f."NewParticipants" AS "NewParticipants",
               f."ActiveEmployers" AS "ActiveEmployers", CAST(f."WadahCount" AS BIGINT) AS "WadahCount",
               CAST(f."Contributions" AS DOUBLE PRECISION) AS "Contributions", f."SourceId" AS "SourceId"
        FROM {driver}"CoverageFigures" f
        LEFT JOIN "Offices" o ON o."Id" = f."OfficeId"{areas}
        WHERE (f."ActiveParticipants" IS NOT NULL OR f."NewParticipants" IS NOT NULL OR f."ActiveEmployers" IS NOT NULL
               OR f."WadahCount" IS NOT NULL OR f."Contributions" IS NOT NULL)
        """;

    private const string Targets = """
        SELECT t."Measure" AS "Measure",
               {region} AS "RegionId", {province} AS "ProvinceId", t."RegencyId" AS "RegencyId",
               CASE WHEN o."Kind" = 'BRANCH' THEN o."Id" ELSE o."BranchId" END AS "BranchId",
               CASE WHEN o."Kind" = 'SUB_BRANCH_OFFICE' THEN o."Id" END AS "SubBranchOfficeId",
               t."Category" AS "Category", t."Period" AS "Period",
               CASE WHEN t."Measure" = 'ACTIVE_PARTICIPANTS' THEN t."Figure" END AS "TargetActiveParticipants",
               CASE WHEN t."Measure" = 'NEW_PARTICIPANTS' THEN t."Figure" END AS "TargetNewParticipants",
               CASE WHEN t."Measure" = 'ACTIVE_EMPLOYERS' THEN t."Figure" END AS "TargetActiveEmployers",
               t."SourceId" AS "SourceId"
        FROM {driver}"Targets" t
        LEFT JOIN "Offices" o ON o."Id" = t."OfficeId"{areas}
        WHERE 1 = 1
        """;

    private const string Potentials = """
        SELECT {region} AS "RegionId", {province} AS "ProvinceId", w."RegencyId" AS "RegencyId", w."Category" AS "Category", w."Period" AS "Period",
               w."Count" AS "PotentialWorkforce", w."SourceId" AS "SourceId"
        FROM "WorkforcePotentials" w{areas}
        WHERE w."Unit" = 'WORKERS'
        """;

    // the joins that resolve a row's region and province (the office is joined anyway, for the branch)
    private static readonly Dictionary<FactTable, string> AreaJoins = new()
    {
        [FactTable.Figures] = """

            LEFT JOIN "Regencies" og ON og."Id" = o."RegencyId"
            LEFT JOIN "Provinces" fp ON fp."Id" = f."ProvinceId"
            LEFT JOIN "Regencies" rg ON rg."Id" = f."RegencyId"
            LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
            """,
        [FactTable.Targets] = """

            LEFT JOIN "Regencies" og ON og."Id" = o."RegencyId"
            LEFT JOIN "Provinces" tp ON tp."Id" = t."ProvinceId"
            LEFT JOIN "Regencies" rg ON rg."Id" = t."RegencyId"
            LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
            """,
        [FactTable.Potentials] = """

            LEFT JOIN "Provinces" wp ON wp."Id" = w."ProvinceId"
            LEFT JOIN "Regencies" rg ON rg."Id" = w."RegencyId"
            LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
            """,
    };

    // the properties of CoverageAggregate, the fact columns they sum, the table holding each and whether it is a stock
    private static readonly (string Measure, string Column, FactTable Table, bool Stock)[] Measures =
    [
        ("ActiveParticipants", "ActiveParticipants", FactTable.Figures, true), ("NewParticipants", "NewParticipants", FactTable.Figures, false),
        ("ActiveEmployers", "ActiveEmployers", FactTable.Figures, true), ("WadahCount", "WadahCount", FactTable.Figures, true),
        ("Contributions", "Contributions", FactTable.Figures, false), ("Target", "TargetActiveParticipants", FactTable.Targets, true),
        ("NewParticipantsTarget", "TargetNewParticipants", FactTable.Targets, false), ("ActiveEmployersTarget", "TargetActiveEmployers", FactTable.Targets, true),
        ("PotentialWorkforce", "PotentialWorkforce", FactTable.Potentials, true),
    ];

    // the resolved dimensions that tell one table's slices apart (a target's measure is part of its slice)
    private static readonly Dictionary<FactTable, string[]> Slices = new()
    {
        [FactTable.Figures] = ["RegionId", "ProvinceId", "RegencyId", "BranchId", "SubBranchOfficeId", "Category", "OccupationId", "Program", "PartnerProgramId"],
        [FactTable.Targets] = ["Measure", "RegionId", "ProvinceId", "RegencyId", "BranchId", "SubBranchOfficeId", "Category"],
        [FactTable.Potentials] = ["RegionId", "ProvinceId", "RegencyId", "Category"],
    };

    // the grouping keys, their SQL types and the tables that resolve them (the others have none: NULL)
    private static readonly (CoverageDimension Dimension, string Column, string Type, FactTable[] Tables)[] Keys =
    [
        (CoverageDimension.Region, "RegionId", "INTEGER", [FactTable.Figures, FactTable.Targets, FactTable.Potentials]),
        (CoverageDimension.Province, "ProvinceId", "INTEGER", [FactTable.Figures, FactTable.Targets, FactTable.Potentials]),
        (CoverageDimension.Regency, "RegencyId", "INTEGER", [FactTable.Figures, FactTable.Targets, FactTable.Potentials]),
        (CoverageDimension.Branch, "BranchId", "INTEGER", [FactTable.Figures, FactTable.Targets]),
        (CoverageDimension.SubBranchOffice, "SubBranchOfficeId", "INTEGER", [FactTable.Figures, FactTable.Targets]),
        (CoverageDimension.Category, "Category", "TEXT", [FactTable.Figures, FactTable.Targets, FactTable.Potentials]),
        (CoverageDimension.Occupation, "OccupationId", "INTEGER", [FactTable.Figures]),
        (CoverageDimension.Program, "Program", "TEXT", [FactTable.Figures]),
        (CoverageDimension.PartnerProgram, "PartnerProgramId", "INTEGER", [FactTable.Figures]),
    ];

    /// <summary>The first and last yyyymm of an open range.</summary>
    public const int NoStart = 0;

    public const int NoEnd = 999_999;

    /// <summary>
    /// The GROUP BY for <paramref name="request"/> over <paramref name="filter"/>, one <see cref="CoverageAggregate"/> per
    /// row with its source ids; its parameters are appended to <paramref name="parameters"/>.
    /// </summary>
    /// <remarks>
    /// Each table is windowed and grouped on its own, carrying only the grouped keys and its own measures; the grouped
    /// rows of the tables (few) are then combined, so a key that only targets or potentials have keeps its row.
    /// </remarks>
    /// <param name="previous">Whether each row also carries the active participants of the row before it in time (same keys, LAG over the grouped rows).</param>
    /// <param name="keepFrom">The first period key returned: the range was widened by one period so that the first row has its previous one.</param>
    public static string For(CoverageRequest request, CoverageFilterInput filter, int first, int last, bool postgres, List<object> parameters, bool previous = false, int? keepFrom = null)
    {
        var groupBy = request.GroupBy;
        var period = !groupBy.Contains(CoverageDimension.Period)
            ? "CAST(NULL AS INTEGER)"
            : request.Granularity switch
            {
                PeriodGranularity.Year => "x.\"Period\" / 100",
                PeriodGranularity.Quarter => "(x.\"Period\" / 100) * 10 + ((x.\"Period\" % 100) + 2) / 3",
                _ => "x.\"Period\"",
            };
        var keys = Keys.Where(k => groupBy.Contains(k.Dimension)).Select(k => k.Column).Append("Period").ToList();
        var where = new FactFilter(filter, request.Scope, first, last, parameters);
        // a month key is its own last month: no window needed, and then six joins fewer to plan when no region or province is asked for
        var monthly = groupBy.Contains(CoverageDimension.Period) && request.Granularity == PeriodGranularity.Month;
        var areas = where.ReadsAreas || !monthly || groupBy.Contains(CoverageDimension.Region) || groupBy.Contains(CoverageDimension.Province);
        var tables = new List<string>();
        foreach (var table in Enum.GetValues<FactTable>())
        {
            if (where.For(table) is { } condition)
            {
                var facts = table switch
                {
                    FactTable.Figures => Figures,
                    FactTable.Targets => Targets,
                    _ => Potentials,
                };
                var (region, province) = areas ? FactFilter.Areas(table) : ("CAST(NULL AS INTEGER)", "CAST(NULL AS INTEGER)");
                facts = facts.Replace("{driver}", table == FactTable.Potentials ? "" : where.Driver, StringComparison.Ordinal)
                    .Replace("{region}", region, StringComparison.Ordinal).Replace("{province}", province, StringComparison.Ordinal)
                    .Replace("{areas}", areas ? AreaJoins[table] : "", StringComparison.Ordinal);
                tables.Add(Grouped(request.GroupBy, table, facts + condition, period, monthly, postgres));
            }
        }

        // SUM over no reported value is NULL, which tells "nothing reported" apart from a reported zero
        var outer = new StringBuilder("SELECT ");
        foreach (var key in Keys)
        {
            outer.Append(groupBy.Contains(key.Dimension) ? "y.\"" + key.Column + "\"" : "CAST(NULL AS " + key.Type + ")").Append(" AS \"").Append(key.Column).Append("\", ");
        }

        outer.Append("y.\"Period\" AS \"Period\", ");
        foreach (var (measure, column, _, _) in Measures)
        {
            outer.Append("CAST(SUM(y.\"").Append(column).Append("\") AS ").Append(TypeOf(column)).Append(") AS \"").Append(measure).Append("\", ");
        }

        outer.Append(previous
            ? "LAG(y.\"Period\") OVER earlier AS \"PreviousPeriod\", CAST(LAG(SUM(y.\"ActiveParticipants\")) OVER earlier AS BIGINT) AS \"PreviousActiveParticipants\", "
            : "CAST(NULL AS INTEGER) AS \"PreviousPeriod\", CAST(NULL AS BIGINT) AS \"PreviousActiveParticipants\", ");

        // each table's list is distinct already; an id two tables share is dropped when the row is read
        outer.Append(postgres ? "string_agg(y.\"SourceIds\", ',')" : "group_concat(y.\"SourceIds\")")
            .Append(" AS \"SourceIds\" FROM (").AppendJoin("\nUNION ALL\n", tables).Append(") y GROUP BY ")
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

    private static string TypeOf(string column) => column == "Contributions" ? "DOUBLE PRECISION" : "BIGINT";

    // one table's facts grouped by the requested keys: the grouped keys, all nine measures (NULL where the table has none) and its distinct source ids
    private static string Grouped(IReadOnlyList<CoverageDimension> groupBy, FactTable table, string facts, string period, bool monthly, bool postgres)
    {
        var grouped = Keys.Where(k => groupBy.Contains(k.Dimension)).ToList();
        var sliced = new StringBuilder("SELECT x.\"SourceId\", ");
        foreach (var key in grouped.Where(k => k.Tables.Contains(table)))
        {
            sliced.Append("x.\"").Append(key.Column).Append("\", ");
        }

        foreach (var (_, column, _, stock) in Measures.Where(m => m.Table == table))
        {
            sliced.Append(stock && !monthly ? "CASE WHEN x.\"Period\" = MAX(x.\"Period\") OVER slice THEN x.\"" + column + "\" END" : "x.\"" + column + "\"")
                .Append(" AS \"").Append(column).Append("\", ");
        }

        sliced.Append(period).Append(" AS \"Period\" FROM (").Append(facts).Append(") x");
        if (!monthly)
        {
            sliced.Append(" WINDOW slice AS (PARTITION BY ").AppendJoin(", ", Slices[table].Select(c => "x.\"" + c + "\""));
            if (groupBy.Contains(CoverageDimension.Period))
            {
                sliced.Append(", ").Append(period);
            }

            sliced.Append(')');
        }

        var sql = new StringBuilder("SELECT ");
        foreach (var key in grouped)
        {
            sql.Append(key.Tables.Contains(table) ? "s.\"" + key.Column + "\"" : "CAST(NULL AS " + key.Type + ")").Append(" AS \"").Append(key.Column).Append("\", ");
        }

        sql.Append("s.\"Period\" AS \"Period\", ");
        foreach (var (_, column, owner, _) in Measures)
        {
            sql.Append(owner == table ? "CAST(SUM(s.\"" + column + "\") AS " + TypeOf(column) + ")" : "CAST(NULL AS " + TypeOf(column) + ")").Append(" AS \"").Append(column).Append("\", ");
        }

        sql.Append(postgres ? "string_agg(DISTINCT CAST(s.\"SourceId\" AS TEXT), ',')" : "group_concat(DISTINCT s.\"SourceId\")")
            .Append(" AS \"SourceIds\" FROM (").Append(sliced).Append(") s GROUP BY ")
            .AppendJoin(", ", grouped.Where(k => k.Tables.Contains(table)).Select(k => "s.\"" + k.Column + "\"").Append("s.\"Period\""));
        return sql.ToString();
    }
}
