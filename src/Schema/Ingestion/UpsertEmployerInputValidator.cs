using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>An employer's NPP and NIB are well formed and its NIB is no other employer's; its regency and office exist; it registered in the past.</summary>
internal sealed class UpsertEmployerInputValidator : AbstractValidator<UpsertEmployerInput>
{
    public UpsertEmployerInputValidator(BpjsTkDbContext db, TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(e => e.Npp).Matches(@"^\d{8}$").WithErrorCode(IngestionErrorCodes.FormatInvalid).WithMessage("An NPP has 8 digits.");
        RuleFor(e => e.Nib)
            .Matches(@"^\d{13}$").WithErrorCode(IngestionErrorCodes.FormatInvalid).WithMessage("A NIB has 13 digits.")
            .MustAsync(async (input, nib, ct) => nib is null || !await db.Employers.AnyAsync(e => e.Nib == nib && e.Npp != input.Npp, ct).ConfigureAwait(false))
            .WithErrorCode(CoverageFigureErrorCodes.DuplicateKey).WithMessage("Another employer has the NIB {PropertyValue}.");
        RuleFor(e => e.Name).RequiredText(InputLengths.Name);
        RuleFor(e => e.Industry).RequiredText(InputLengths.Industry);
        RuleFor(e => e.RegencyCode).RequiredText(InputLengths.Code).KnownCode(db.Regencies, "regency");
        RuleFor(e => e.OfficeCode).RequiredText(InputLengths.Code).KnownCode(db.Offices, "office");
        RuleFor(e => e.JkkRiskClass).InclusiveBetween(1, 5).WithErrorCode(CoverageFigureErrorCodes.OutOfRange).WithMessage("The JKK risk class is 1 to 5.");
        RuleFor(e => e.RegisteredOn).Must(day => day <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
            .WithErrorCode(CoverageFigureErrorCodes.PeriodInFuture).WithMessage("The registration date {PropertyValue} is in the future.");
    }
}
