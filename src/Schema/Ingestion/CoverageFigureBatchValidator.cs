using System.Globalization;
using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Programs;
using FluentValidation;
using FluentValidation.Results;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// A batch of coverage figures: each row on its own (<see cref="CoverageFigureRecordValidator"/>), no figure twice, and
/// where the batch holds a total (no category) beside parts for the same slice, the parts fit it: never more than the
/// total, and exactly the total when all four categories are there. Errors are named <c>rows[3].period</c>.
/// </summary>
public sealed class CoverageFigureBatchValidator : AbstractValidator<IReadOnlyList<CoverageFigureRecord>>
{
    public const string RowsField = "rows";

    private static readonly int CategoryCount = Enum.GetValues<ParticipantCategoryCode>().Length;

    private static readonly (string Field, Func<CoverageFigureRecord, decimal?> Value)[] AdditiveMeasures =
    [
        (CoverageFigureFields.ActiveParticipants, r => r.ActiveParticipants),
        (CoverageFigureFields.NewParticipants, r => r.NewParticipants),
        (CoverageFigureFields.ActiveEmployers, r => r.ActiveEmployers),
        (CoverageFigureFields.WadahCount, r => r.WadahCount),
        (CoverageFigureFields.Contributions, r => r.Contributions),
    ];

    public CoverageFigureBatchValidator(CoverageFigureCodes codes, TimeProvider timeProvider)
    {
        RuleForEach(rows => rows).SetValidator(new CoverageFigureRecordValidator(codes, timeProvider)).OverridePropertyName(RowsField);
        RuleFor(rows => rows).Custom(ReportRepeatedFigures);
        RuleFor(rows => rows).Custom(ReportPartsThatDoNotFit);
    }

    private static void ReportRepeatedFigures(IReadOnlyList<CoverageFigureRecord> rows, ValidationContext<IReadOnlyList<CoverageFigureRecord>> context)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!first.TryAdd(rows[i].KeyByCodes, i))
            {
                context.AddFailure(Failure(i, CoverageFigureFields.Period, CoverageFigureErrorCodes.DuplicateKey, $"The same figure as rows[{first[rows[i].KeyByCodes]}]."));
            }
        }
    }

    private static void ReportPartsThatDoNotFit(IReadOnlyList<CoverageFigureRecord> rows, ValidationContext<IReadOnlyList<CoverageFigureRecord>> context)
    {
        var slices = Enumerable.Range(0, rows.Count)
            .GroupBy(i => rows[i].SliceWithoutCategory, StringComparer.Ordinal)
            .Where(slice => slice.Count() > 1);
        foreach (var slice in slices)
        {
            var totals = slice.Where(i => rows[i].Category is null).ToList();
            var parts = slice.Where(i => rows[i].Category is not null).DistinctBy(i => rows[i].Category).ToList();
            if (totals.Count != 1 || parts.Count == 0)
            {
                continue;
            }

            var total = totals[0];
            foreach (var (field, value) in AdditiveMeasures)
            {
                if (value(rows[total]) is not { } totalValue)
                {
                    continue;
                }

                var reporting = parts.Where(i => value(rows[i]) is not null).ToList();
                var sum = reporting.Sum(i => value(rows[i])!.Value);
                var rowList = string.Join(", ", reporting.Select(i => $"rows[{i}]"));
                if (sum > totalValue)
                {
                    context.AddFailure(Failure(total, field, CoverageFigureErrorCodes.PartsExceedTotal,
                        $"The categories add up to {Number(sum)} ({rowList}), more than this total of {Number(totalValue)}."));
                }
                else if (reporting.Count == CategoryCount && sum != totalValue)
                {
                    context.AddFailure(Failure(total, field, CoverageFigureErrorCodes.PartsDifferFromTotal,
                        $"All categories add up to {Number(sum)} ({rowList}), not this total of {Number(totalValue)}."));
                }
            }
        }
    }

    private static ValidationFailure Failure(int index, string field, string code, string message) =>
        new($"{RowsField}[{index}].{field}", message) { ErrorCode = code };

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
