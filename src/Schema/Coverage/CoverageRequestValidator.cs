using BpjsTk.Data.Periods;
using FluentValidation;

namespace BpjsTk.Schema.Coverage;

/// <summary>Checks a coverage request before it reaches the database: sane period range, page size, no repeated dimension.</summary>
internal sealed class CoverageRequestValidator : AbstractValidator<CoverageRequest>
{
    public const int MaxPageSize = 1_000;

    public const int MaxYears = 50;

    public CoverageRequestValidator()
    {
        RuleFor(r => r.Skip).GreaterThanOrEqualTo(0).OverridePropertyName("skip").WithErrorCode("COVERAGE_SKIP_NEGATIVE");
        RuleFor(r => r.Take).InclusiveBetween(1, MaxPageSize).OverridePropertyName("take").WithErrorCode("COVERAGE_PAGE_SIZE");
        RuleFor(r => r.GroupBy).Must(g => g.Distinct().Count() == g.Count)
            .OverridePropertyName("groupBy").WithErrorCode("COVERAGE_DIMENSION_REPEATED").WithMessage("Each dimension may appear once in groupBy.");
        RuleFor(r => r.Filter.From).Must(BeAPeriod).When(r => r.Filter.From is not null)
            .OverridePropertyName("filter.from").WithErrorCode("COVERAGE_PERIOD_INVALID").WithMessage("'{PropertyValue}' is not a period: write 2016, 2016-Q4 or 2016-12.");
        RuleFor(r => r.Filter.To).Must(BeAPeriod).When(r => r.Filter.To is not null)
            .OverridePropertyName("filter.to").WithErrorCode("COVERAGE_PERIOD_INVALID").WithMessage("'{PropertyValue}' is not a period: write 2016, 2016-Q4 or 2016-12.");
        RuleFor(r => r.Filter).Must(f => RangeEnd(f) >= RangeStart(f))
            .When(r => BeAPeriod(r.Filter.From) && BeAPeriod(r.Filter.To))
            .OverridePropertyName("filter.to").WithErrorCode("COVERAGE_PERIOD_RANGE").WithMessage("The period range ends before it starts.");
        RuleFor(r => r.Filter).Must(f => RangeEnd(f).MonthsSince(RangeStart(f)) < MaxYears * 12)
            .When(r => BeAPeriod(r.Filter.From) && BeAPeriod(r.Filter.To))
            .OverridePropertyName("filter.to").WithErrorCode("COVERAGE_PERIOD_RANGE").WithMessage($"The period range may span at most {MaxYears} years.");
    }

    private static bool BeAPeriod(string? text) => PeriodText.TryParse(text, out _, out _);

    private static Month RangeStart(CoverageFilterInput filter) => PeriodText.TryParse(filter.From, out var first, out _) ? first : default;

    private static Month RangeEnd(CoverageFilterInput filter) => PeriodText.TryParse(filter.To, out _, out var last) ? last : default;
}
