namespace BpjsTk.Benchmarks.Reporting;

/// <summary>
/// The five dashboard queries of docs/reporting.md on the medium synthetic data (2021-2025 monthly figures, yearly
/// targets, potentials surveyed in August 2024): the same shapes, with periods that hold synthetic figures.
/// The SQL reads stocks at each slice's last month of the period and sums flows, as the API does; a branch's figures
/// are read through the (OfficeId, Period) index, driven by the branch's office ids (a CROSS JOIN, whose order SQLite keeps).
/// </summary>
internal static class ReportingQueries
{
    public static readonly ReportingQuery CoverageByRegion = new(
        "1-coverage-by-region",
        """
        { coverage(groupBy: [REGION, PERIOD], where: { from: "2024", to: "2024" }, order: [{ field: ACTIVE_PARTICIPANTS, direction: DESC }]) {
            items { region { code name } period activeParticipants potentialWorkforce coverageRate sources { publisher } } } }
        """,
        """
        SELECT r."Code", r."Name", a.active, a.potential, CAST(a.active AS DOUBLE PRECISION) / a.potential, a.publishers
        FROM (
          SELECT x.region, SUM(x.active) AS active, SUM(x.potential) AS potential, {agg} AS publishers
          FROM (
            SELECT COALESCE(f."RegionId", o."RegionId", fp."RegionId", rp."RegionId") AS region,
                   CASE WHEN f."Period" = MAX(f."Period") OVER (PARTITION BY f."OfficeId", f."RegionId", f."ProvinceId", f."RegencyId", f."Category", f."OccupationId", f."Program", f."PartnerProgramId")
                        THEN f."ActiveParticipants" END AS active,
                   CAST(NULL AS BIGINT) AS potential, f."SourceId"
            FROM "CoverageFigures" f
            LEFT JOIN "Offices" o ON o."Id" = f."OfficeId"
            LEFT JOIN "Provinces" fp ON fp."Id" = f."ProvinceId"
            LEFT JOIN "Regencies" rg ON rg."Id" = f."RegencyId"
            LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
            WHERE f."Period" BETWEEN 202401 AND 202412
            UNION ALL
            SELECT COALESCE(w."RegionId", wp."RegionId", rp."RegionId"), CAST(NULL AS BIGINT),
                   CASE WHEN w."Period" = MAX(w."Period") OVER (PARTITION BY w."RegionId", w."ProvinceId", w."RegencyId", w."Category") THEN w."Count" END,
                   w."SourceId"
            FROM "WorkforcePotentials" w
            LEFT JOIN "Provinces" wp ON wp."Id" = w."ProvinceId"
            LEFT JOIN "Regencies" rg ON rg."Id" = w."RegencyId"
            LEFT JOIN "Provinces" rp ON rp."Id" = rg."ProvinceId"
            WHERE w."Unit" = 'WORKERS' AND w."Period" BETWEEN 202401 AND 202412
          ) x
          LEFT JOIN "Sources" s ON s."Id" = x."SourceId"
          GROUP BY x.region
        ) a
        LEFT JOIN "Regions" r ON r."Id" = a.region
        ORDER BY a.active DESC NULLS LAST, a.region
        """,
        11,
        "activeParticipants",
        2);

    public static readonly ReportingQuery BranchMonthlyBpuTrend = new(
        "2-branch-monthly-bpu-trend",
        """
        { coverage(groupBy: [BRANCH, PERIOD], granularity: MONTH, where: { branchCodes: ["KC-JEMBER"], categories: [BPU], from: "2024-01", to: "2025-12" }, order: [{ field: PERIOD }]) {
            items { branch { code } period activeParticipants target targetAttainment newParticipantsTarget changeFromPreviousPeriod { previousPeriod absolute relative } } } }
        """,
        """
        WITH jember AS (SELECT "Id" FROM "Offices" WHERE "Code" = 'KC-JEMBER' OR "BranchId" = (SELECT "Id" FROM "Offices" WHERE "Code" = 'KC-JEMBER'))
        SELECT b."Code", m.p, m.active, m.target, CAST(m.active AS DOUBLE PRECISION) / m.target, m.newtarget,
               m.prev, m.active - m.prev, CAST(m.active - m.prev AS DOUBLE PRECISION) / m.prev
        FROM (
          SELECT g.p, g.active, g.target, g.newtarget, LAG(g.active) OVER (ORDER BY g.p) AS prev
          FROM (
            SELECT x.p, SUM(x.active) AS active, SUM(x.target) AS target, SUM(x.newtarget) AS newtarget
            FROM (
              SELECT f."Period" AS p, f."ActiveParticipants" AS active, CAST(NULL AS BIGINT) AS target, CAST(NULL AS BIGINT) AS newtarget
              FROM jember j CROSS JOIN "CoverageFigures" f
              WHERE f."OfficeId" = j."Id" AND f."Category" = 'BPU' AND f."Period" BETWEEN 202312 AND 202512
              UNION ALL
              SELECT t."Period", CAST(NULL AS BIGINT),
                     CASE WHEN t."Measure" = 'ACTIVE_PARTICIPANTS' THEN t."Figure" END, CASE WHEN t."Measure" = 'NEW_PARTICIPANTS' THEN t."Figure" END
              FROM jember j CROSS JOIN "Targets" t
              WHERE t."OfficeId" = j."Id" AND t."Category" = 'BPU' AND t."Period" BETWEEN 202312 AND 202512
            ) x
            GROUP BY x.p
          ) g
        ) m
        CROSS JOIN (SELECT "Code" FROM "Offices" WHERE "Code" = 'KC-JEMBER') b
        WHERE m.p >= 202401
        ORDER BY m.p
        """,
        24,
        "activeParticipants",
        2);

    public static readonly ReportingQuery WidestCoverageGaps = new(
        "3-widest-coverage-gaps",
        """
        { coverage(groupBy: [PROVINCE, CATEGORY, PERIOD], where: { categories: [BPU] }, order: [{ field: COVERAGE_GAP, direction: DESC }], take: 10) {
            items { province { code name } category period potentialWorkforce activeParticipants coverageGap coverageRate sources { publisher } } } }
        """,
        """
        SELECT p."Code", p."Name", 'BPU', a.y, a.potential, a.active, a.potential - a.active, CAST(a.active AS DOUBLE PRECISION) / a.potential, a.publishers
        FROM (
          SELECT x.province, x.y, SUM(x.active) AS active, SUM(x.potential) AS potential, {agg} AS publishers
          FROM (
            SELECT COALESCE(f."ProvinceId", rg."ProvinceId", og."ProvinceId") AS province, f."Period" / 100 AS y,
                   CASE WHEN f."Period" = MAX(f."Period") OVER (PARTITION BY f."OfficeId", f."RegionId", f."ProvinceId", f."RegencyId", f."OccupationId", f."Program", f."PartnerProgramId", f."Period" / 100)
                        THEN f."ActiveParticipants" END AS active,
                   CAST(NULL AS BIGINT) AS potential, f."SourceId"
            FROM "CoverageFigures" f
            LEFT JOIN "Offices" o ON o."Id" = f."OfficeId"
            LEFT JOIN "Regencies" og ON og."Id" = o."RegencyId"
            LEFT JOIN "Regencies" rg ON rg."Id" = f."RegencyId"
            WHERE f."Category" = 'BPU'
            UNION ALL
            SELECT COALESCE(w."ProvinceId", rg."ProvinceId"), w."Period" / 100, CAST(NULL AS BIGINT),
                   CASE WHEN w."Period" = MAX(w."Period") OVER (PARTITION BY w."RegionId", w."ProvinceId", w."RegencyId", w."Period" / 100) THEN w."Count" END,
                   w."SourceId"
            FROM "WorkforcePotentials" w
            LEFT JOIN "Regencies" rg ON rg."Id" = w."RegencyId"
            WHERE w."Unit" = 'WORKERS' AND w."Category" = 'BPU'
          ) x
          LEFT JOIN "Sources" s ON s."Id" = x."SourceId"
          GROUP BY x.province, x.y
        ) a
        LEFT JOIN "Provinces" p ON p."Id" = a.province
        ORDER BY a.potential - a.active DESC NULLS LAST, a.y, a.province
        LIMIT 10
        """,
        10,
        "coverageGap",
        6);

    public static readonly ReportingQuery EnrolmentsByPartnerProgram = new(
        "4-enrolments-by-partner-programme",
        """
        { partnerPrograms(first: 50) { nodes { code kind partner { name } enrolledParticipants } } }
        """,
        """
        SELECT pp."Code", pp."Kind", pa."Name", COALESCE(c.n, 0)
        FROM "PartnerPrograms" pp
        JOIN "Partners" pa ON pa."Id" = pp."PartnerId"
        LEFT JOIN (
          SELECT "EnrolledThroughPartnerProgramId" AS id, COUNT(*) AS n FROM "Participants"
          WHERE "EnrolledThroughPartnerProgramId" IS NOT NULL GROUP BY "EnrolledThroughPartnerProgramId"
        ) c ON c.id = pp."Id"
        ORDER BY pp."Code"
        LIMIT 50
        """,
        16,
        "enrolledParticipants",
        3);

    public static readonly ReportingQuery TargetAttainmentByOffice = new(
        "5-target-attainment-by-office",
        """
        { coverage(groupBy: [BRANCH, CATEGORY, PERIOD], order: [{ field: TARGET_ATTAINMENT, direction: DESC }]) {
            items { branch { code name } category period activeParticipants target targetAttainment newParticipantsTarget } } }
        """,
        """
        SELECT b."Code", b."Name", a.cat, a.y, a.active, a.target, CAST(a.active AS DOUBLE PRECISION) / a.target, a.newtarget
        FROM (
          SELECT x.branch, x.cat, x.y, SUM(x.active) AS active, SUM(x.target) AS target, SUM(x.newtarget) AS newtarget
          FROM (
            SELECT CASE WHEN o."Kind" = 'BRANCH' THEN o."Id" ELSE o."BranchId" END AS branch, f."Category" AS cat, f."Period" / 100 AS y,
                   CASE WHEN f."Period" = MAX(f."Period") OVER (PARTITION BY f."OfficeId", f."RegionId", f."ProvinceId", f."RegencyId", f."Category", f."OccupationId", f."Program", f."PartnerProgramId", f."Period" / 100)
                        THEN f."ActiveParticipants" END AS active,
                   CAST(NULL AS BIGINT) AS target, CAST(NULL AS BIGINT) AS newtarget
            FROM "CoverageFigures" f
            LEFT JOIN "Offices" o ON o."Id" = f."OfficeId"
            UNION ALL
            SELECT CASE WHEN o."Kind" = 'BRANCH' THEN o."Id" ELSE o."BranchId" END, t."Category", t."Period" / 100, CAST(NULL AS BIGINT),
                   CASE WHEN t."Measure" = 'ACTIVE_PARTICIPANTS'
                         AND t."Period" = MAX(t."Period") OVER (PARTITION BY t."OfficeId", t."RegionId", t."ProvinceId", t."RegencyId", t."Category", t."Measure", t."Period" / 100)
                        THEN t."Figure" END,
                   CASE WHEN t."Measure" = 'NEW_PARTICIPANTS' THEN t."Figure" END
            FROM "Targets" t
            LEFT JOIN "Offices" o ON o."Id" = t."OfficeId"
            WHERE t."Measure" <> 'ACTIVE_EMPLOYERS'
          ) x
          GROUP BY x.branch, x.cat, x.y
        ) a
        LEFT JOIN "Offices" b ON b."Id" = a.branch
        ORDER BY CAST(a.active AS DOUBLE PRECISION) / a.target DESC NULLS LAST, a.y, a.branch, a.cat
        LIMIT 100
        """,
        100,
        "targetAttainment",
        6);

    public static readonly IReadOnlyList<ReportingQuery> All =
        [CoverageByRegion, BranchMonthlyBpuTrend, WidestCoverageGaps, EnrolmentsByPartnerProgram, TargetAttainmentByOffice];
}
