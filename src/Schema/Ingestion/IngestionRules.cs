using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>The rules inputs for loading data share: required and bounded text, codes that exist, periods that have begun, counts not negative.</summary>
internal static class IngestionRules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().WithErrorCode(CoverageFigureErrorCodes.Required).WithMessage("{PropertyName} is required.")
            .MaximumLength(maxLength).WithErrorCode(CoverageFigureErrorCodes.TooLong).WithMessage($"{{PropertyName}} has at most {maxLength} characters.");

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithErrorCode(CoverageFigureErrorCodes.TooLong).WithMessage($"{{PropertyName}} has at most {maxLength} characters.");

    /// <summary>A stable code: upper-case letters, digits and hyphens, e.g. <c>BRI-KUR-JEMBER</c>.</summary>
    public static IRuleBuilderOptions<T, string?> Code<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(InputLengths.Code)
            .Matches("^[A-Z0-9]+(-[A-Z0-9]+)*$").WithErrorCode(IngestionErrorCodes.FormatInvalid)
            .WithMessage("A code is upper-case letters and digits, parts joined by hyphens (BRI-KUR-JEMBER).");

    /// <summary>A code that, when given, names a row of <paramref name="rows"/> (every coded entity keeps it in <c>Code</c>).</summary>
    public static IRuleBuilderOptions<T, string?> KnownCode<T, TRow>(this IRuleBuilder<T, string?> rule, IQueryable<TRow> rows, string what)
        where TRow : class =>
        rule.MustAsync(async (value, ct) => value is null || await rows.AnyAsync(r => EF.Property<string>(r, "Code") == value, ct).ConfigureAwait(false))
            .WithErrorCode(CoverageFigureErrorCodes.UnknownCode).WithMessage($"No {what} has the code '{{PropertyValue}}'.");

    /// <summary><c>yyyy-MM</c> or <c>yyyy</c>, and not after the current month (or year); validators stop a rule at its first failure.</summary>
    public static void ReportedPeriod<T>(this IRuleBuilder<T, string?> rule, TimeProvider time)
    {
        rule.NotEmpty().WithErrorCode(CoverageFigureErrorCodes.Required).WithMessage("{PropertyName} is required.")
            .Must(text => Ingestion.ReportedPeriod.TryParse(text, out _)).WithErrorCode(CoverageFigureErrorCodes.PeriodInvalid)
            .WithMessage("'{PropertyValue}' is not a period: write yyyy-MM (2016-12) or yyyy (2016).")
            .Must(text => Ingestion.ReportedPeriod.TryParse(text, out var period) && period.HasBegun(time.GetUtcNow().UtcDateTime))
            .WithErrorCode(CoverageFigureErrorCodes.PeriodInFuture).WithMessage("{PropertyName} {PropertyValue} is in the future.");
    }

    public static IRuleBuilderOptions<T, long> NotNegative<T>(this IRuleBuilder<T, long> rule) =>
        rule.GreaterThanOrEqualTo(0).WithErrorCode(CoverageFigureErrorCodes.Negative).WithMessage("{PropertyName} cannot be negative.");

    /// <summary>Exactly one of the area (or office) codes is given.</summary>
    public static IRuleBuilderOptions<T, T> OneOf<T>(this IRuleBuilder<T, T> rule, string firstField, params Func<T, string?>[] codes) =>
        rule.Must(input => codes.Count(c => c(input) is not null) == 1).OverridePropertyName(firstField)
            .WithErrorCode(IngestionErrorCodes.OneAreaRequired);
}
