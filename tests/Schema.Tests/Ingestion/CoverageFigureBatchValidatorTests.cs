using BpjsTk.Data.Ingestion;
using BpjsTk.Schema.Ingestion;
using BpjsTk.TestSupport;

namespace BpjsTk.Schema.Tests.Ingestion;

public sealed class CoverageFigureBatchValidatorTests(SeededCodes seeded) : IClassFixture<SeededCodes>
{
    // 20:00 UTC on 30 June is already 1 July in Jember.
    private readonly FixedClock _clock = new(new DateTimeOffset(2025, 6, 30, 20, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_branch_month_by_category_with_its_total_is_valid()
    {
        List<CoverageFigureRecord> rows =
        [
            Figure("PU", 600), Figure("BPU", 300), Figure("JAKON", 80), Figure("PMI", 20), Figure(null, 1_000),
        ];

        Assert.Empty(Errors(rows));
    }

    [Fact]
    public void Unknown_codes_are_named_by_field_and_row()
    {
        List<CoverageFigureRecord> rows =
        [
            Figure("PU", 10),
            Figure("BPU", 10) with { OfficeCode = "KC-ATLANTIS", OccupationCode = "ASTRONAUT", Program = "JXX" },
            Figure("SECTOR", 10) with { SourceCode = "" },
        ];

        Assert.Equal(
            [
                "rows[1].officeCode INGEST_UNKNOWN_CODE No office has the code 'KC-ATLANTIS'.",
                "rows[1].occupationCode INGEST_UNKNOWN_CODE No occupation has the code 'ASTRONAUT'.",
                "rows[1].program INGEST_UNKNOWN_CODE No programme has the code 'JXX'.",
                "rows[2].category INGEST_UNKNOWN_CODE No participant category has the code 'SECTOR'.",
                "rows[2].sourceCode INGEST_UNKNOWN_CODE No source has the code ''.",
                "rows[2].sourceCode INGEST_REQUIRED Every figure names the source that published it.",
            ],
            Errors(rows));
    }

    [Fact]
    public void A_month_after_the_current_one_in_Indonesia_is_refused_and_the_current_one_is_not()
    {
        List<CoverageFigureRecord> rows = [Figure("PU", 10) with { Period = "2025-07" }, Figure("PU", 10) with { Period = "2025-08" }, Figure("PU", 10) with { Period = "2025-8" }];

        Assert.Equal(
            [
                "rows[1].period INGEST_PERIOD_IN_FUTURE '2025-08' is in the future; the latest month is 2025-07.",
                "rows[2].period INGEST_PERIOD_INVALID '2025-8' is not a month in the form yyyy-MM.",
            ],
            Errors(rows));
    }

    [Fact]
    public void Negative_counts_and_more_new_than_active_participants_are_refused()
    {
        List<CoverageFigureRecord> rows =
        [
            Figure("PU", -5) with { Contributions = -1m },
            Figure("BPU", 100) with { NewParticipants = 150 },
            Figure("JAKON", 0) with { ActiveParticipants = null },
        ];

        Assert.Equal(
            [
                "rows[0].activeParticipants INGEST_NEGATIVE activeParticipants may not be negative (-5).",
                "rows[0].contributions INGEST_NEGATIVE contributions may not be negative (-1).",
                "rows[1].newParticipants INGEST_NEW_EXCEEDS_ACTIVE 150 new participants are more than the 100 active ones.",
                "rows[2].activeParticipants INGEST_NO_MEASURE A figure reports at least one of activeParticipants, newParticipants, activeEmployers, wadahCount, contributions, coverageRatePercent.",
            ],
            Errors(rows));
    }

    [Fact]
    public void Categories_more_than_their_total_are_refused_on_the_total_row()
    {
        List<CoverageFigureRecord> rows = [Figure(null, 500), Figure("PU", 400), Figure("BPU", 200)];

        Assert.Equal(
            ["rows[0].activeParticipants INGEST_PARTS_EXCEED_TOTAL The categories add up to 600 (rows[1], rows[2]), more than this total of 500."],
            Errors(rows));
    }

    [Fact]
    public void All_four_categories_must_add_up_to_their_total_while_some_may_fall_short()
    {
        List<CoverageFigureRecord> all = [Figure("PU", 600), Figure("BPU", 300), Figure("JAKON", 80), Figure("PMI", 10), Figure(null, 1_000)];
        List<CoverageFigureRecord> some = [Figure("PU", 600), Figure("BPU", 300), Figure(null, 1_000)];

        Assert.Equal(
            ["rows[4].activeParticipants INGEST_PARTS_DIFFER_FROM_TOTAL All categories add up to 990 (rows[0], rows[1], rows[2], rows[3]), not this total of 1,000."],
            Errors(all));
        Assert.Empty(Errors(some));
    }

    [Fact]
    public void The_same_figure_twice_in_a_batch_is_refused_at_its_second_row()
    {
        List<CoverageFigureRecord> rows = [Figure("PU", 10), Figure("BPU", 10), Figure("PU", 11)];

        Assert.Equal(["rows[2].period INGEST_DUPLICATE_KEY The same figure as rows[0]."], Errors(rows));
    }

    private List<string> Errors(List<CoverageFigureRecord> rows) =>
        [.. new CoverageFigureBatchValidator(seeded.Codes, _clock).Validate(rows).Errors.Select(e => $"{e.PropertyName} {e.ErrorCode} {e.ErrorMessage}")];

    private static CoverageFigureRecord Figure(string? category, long active) => new()
    {
        OfficeCode = "KC-JEMBER",
        RegencyCode = "35.09",
        Period = "2025-05",
        Category = category,
        SourceCode = "ANTARA-JATIM-2016-JEMBER",
        ActiveParticipants = active,
    };
}
