using System.Linq.Expressions;
using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Periods;
using FluentValidation;
using FluentValidation.Results;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// One coverage figure on its own: its codes name rows that exist, its period is a month no later than the current one
/// (in Western Indonesian Time, UTC+7), counts and amounts are not negative, new participants do not exceed active ones,
/// and it reports at least one measure. Each error names its field (<see cref="CoverageFigureFields"/>).
/// </summary>
public sealed class CoverageFigureRecordValidator : AbstractValidator<CoverageFigureRecord>
{
    /// <summary>The offset of Western Indonesian Time, where the branches' months begin and end.</summary>
    public static readonly TimeSpan IndonesiaWesternTime = TimeSpan.FromHours(7);

    /// <summary>The largest rate the column holds (5 digits, 2 after the point).</summary>
    public const decimal MaxCoverageRatePercent = 999.99m;

    public const int MaxNoteLength = 1_000;

    public CoverageFigureRecordValidator(CoverageFigureCodes codes, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(timeProvider);
        RuleFor(r => r).Custom((record, context) =>
        {
            foreach (var (field, code) in codes.UnknownCodes(record))
            {
                context.AddFailure(new ValidationFailure(field, $"No {CoverageFigureCodes.Describe(field)} has the code '{code}'.", code)
                {
                    ErrorCode = CoverageFigureErrorCodes.UnknownCode,
                });
            }
        });
        RuleFor(r => r.SourceCode).NotEmpty().OverridePropertyName(CoverageFigureFields.SourceCode)
            .WithErrorCode(CoverageFigureErrorCodes.Required).WithMessage("Every figure names the source that published it.");
        RuleFor(r => r.Period).Must(p => CoverageFigureCodes.TryParsePeriod(p, out _)).OverridePropertyName(CoverageFigureFields.Period)
            .WithErrorCode(CoverageFigureErrorCodes.PeriodInvalid).WithMessage("'{PropertyValue}' is not a month in the form yyyy-MM.");
        RuleFor(r => r.Period).Must(p => !CoverageFigureCodes.TryParsePeriod(p, out var month) || month <= CurrentMonth(timeProvider))
            .OverridePropertyName(CoverageFigureFields.Period).WithErrorCode(CoverageFigureErrorCodes.PeriodInFuture)
            .WithMessage(_ => $"'{{PropertyValue}}' is in the future; the latest month is {CurrentMonth(timeProvider)}.");
        NotNegative(r => r.ActiveParticipants, CoverageFigureFields.ActiveParticipants);
        NotNegative(r => r.NewParticipants, CoverageFigureFields.NewParticipants);
        NotNegative(r => r.ActiveEmployers, CoverageFigureFields.ActiveEmployers);
        NotNegative(r => r.WadahCount, CoverageFigureFields.WadahCount);
        NotNegative(r => r.Contributions, CoverageFigureFields.Contributions);
        NotNegative(r => r.CoverageRatePercent, CoverageFigureFields.CoverageRatePercent);
        RuleFor(r => r.CoverageRatePercent).LessThanOrEqualTo(MaxCoverageRatePercent).OverridePropertyName(CoverageFigureFields.CoverageRatePercent)
            .WithErrorCode(CoverageFigureErrorCodes.OutOfRange).WithMessage($"A coverage rate is at most {MaxCoverageRatePercent} (percent).");
        RuleFor(r => r.NewParticipants).LessThanOrEqualTo(r => r.ActiveParticipants)
            .When(r => r.NewParticipants is not null && r.ActiveParticipants is not null)
            .OverridePropertyName(CoverageFigureFields.NewParticipants).WithErrorCode(CoverageFigureErrorCodes.NewExceedsActive)
            .WithMessage(r => $"{r.NewParticipants:N0} new participants are more than the {r.ActiveParticipants:N0} active ones.");
        RuleFor(r => r).Must(HasAMeasure).OverridePropertyName(CoverageFigureFields.ActiveParticipants)
            .WithErrorCode(CoverageFigureErrorCodes.NoMeasure)
            .WithMessage("A figure reports at least one of activeParticipants, newParticipants, activeEmployers, wadahCount, contributions, coverageRatePercent.");
        RuleFor(r => r.Note).MaximumLength(MaxNoteLength).OverridePropertyName(CoverageFigureFields.Note)
            .WithErrorCode(CoverageFigureErrorCodes.TooLong).WithMessage($"A note is at most {MaxNoteLength} characters.");
    }

    public static Month CurrentMonth(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Month.Of(DateOnly.FromDateTime(timeProvider.GetUtcNow().ToOffset(IndonesiaWesternTime).DateTime));
    }

    private static bool HasAMeasure(CoverageFigureRecord r) =>
        r.ActiveParticipants is not null || r.NewParticipants is not null || r.ActiveEmployers is not null
        || r.WadahCount is not null || r.Contributions is not null || r.CoverageRatePercent is not null;

    private void NotNegative<TValue>(Expression<Func<CoverageFigureRecord, TValue?>> measure, string field)
        where TValue : struct, IComparable<TValue>, IComparable =>
        RuleFor(measure).Must(v => v is null || v.Value.CompareTo(default) >= 0).OverridePropertyName(field)
            .WithErrorCode(CoverageFigureErrorCodes.Negative).WithMessage($"{field} may not be negative ({{PropertyValue}}).");
}
