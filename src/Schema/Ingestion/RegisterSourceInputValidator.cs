using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Provenance;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// A source has an upper-case code, a publisher and a title, a publication day or year that is not in the future, and a web
/// address when one is given; generated (synthetic) sources belong to the generate verb and cannot be registered or replaced.
/// </summary>
internal sealed class RegisterSourceInputValidator : AbstractValidator<RegisterSourceInput>
{
    public const int EarliestYear = 1900;

    public RegisterSourceInputValidator(BpjsTkDbContext db, TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        RuleFor(s => s.Code).Code()
            .MustAsync(async (code, ct) => !await db.Sources.AnyAsync(s => s.Code == code && s.Kind == SourceKind.Synthetic, ct).ConfigureAwait(false))
            .WithErrorCode(CoverageFigureErrorCodes.OutOfRange).WithMessage("The source '{PropertyValue}' holds generated data; only the generate verb changes it.");
        RuleFor(s => s.Kind).NotEqual(SourceKind.Synthetic).WithErrorCode(CoverageFigureErrorCodes.OutOfRange)
            .WithMessage("Synthetic sources are made by the generate verb; a registered source is NEWS_ARTICLE, OFFICIAL_STATISTICS or IMPORT.");
        RuleFor(s => s.Publisher).RequiredText(InputLengths.Name);
        RuleFor(s => s.Title).RequiredText(InputLengths.Title);
        RuleFor(s => s.Url).OptionalText(InputLengths.Url)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithErrorCode(IngestionErrorCodes.FormatInvalid).WithMessage("'{PropertyValue}' is not a web address (https://...).");
        RuleFor(s => s.PublishedOn).Must(day => day is null || day <= today)
            .WithErrorCode(CoverageFigureErrorCodes.PeriodInFuture).WithMessage("The publication date {PropertyValue} is in the future.");
        RuleFor(s => s.PublishedYear)
            .NotNull().When(s => s.PublishedOn is null).WithErrorCode(CoverageFigureErrorCodes.Required)
            .WithMessage("Give publishedOn, or publishedYear when the source does not say the day.")
            .Must(year => year is null || year <= today.Year).WithErrorCode(CoverageFigureErrorCodes.PeriodInFuture)
            .WithMessage("The publication year {PropertyValue} is in the future.")
            .Must(year => year is null || year >= EarliestYear).WithErrorCode(CoverageFigureErrorCodes.OutOfRange)
            .WithMessage($"The publication year {{PropertyValue}} is before {EarliestYear}.")
            .Must((s, year) => year is null || s.PublishedOn is null || s.PublishedOn.Value.Year == year).WithErrorCode(CoverageFigureErrorCodes.OutOfRange)
            .WithMessage(s => $"The publication year {s.PublishedYear} is not the year of publishedOn ({s.PublishedOn:yyyy-MM-dd}).");
    }
}
