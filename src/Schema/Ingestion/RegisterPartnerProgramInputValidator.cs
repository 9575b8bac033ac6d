using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using BpjsTk.Data.Periods;
using FluentValidation;

namespace BpjsTk.Schema.Ingestion;

/// <summary>A partner programme names a known partner, source, offices and areas, and its months are in order.</summary>
internal sealed class RegisterPartnerProgramInputValidator : AbstractValidator<RegisterPartnerProgramInput>
{
    public RegisterPartnerProgramInputValidator(BpjsTkDbContext db)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p.Code).Code();
        RuleFor(p => p.Name).RequiredText(InputLengths.Name);
        RuleFor(p => p.Description).RequiredText(InputLengths.Description);
        RuleFor(p => p.LegalBasis).OptionalText(InputLengths.LegalBasis);
        RuleFor(p => p.PartnerCode).RequiredText(InputLengths.Code).KnownCode(db.Partners, "partner");
        RuleFor(p => p.SourceCode).KnownCode(db.Sources, "source");
        RuleFor(p => p.StartsIn).Must(BeAMonth).WithErrorCode(CoverageFigureErrorCodes.PeriodInvalid).WithMessage("'{PropertyValue}' is not a month: write yyyy-MM.");
        RuleFor(p => p.EndsIn).Must(BeAMonth).WithErrorCode(CoverageFigureErrorCodes.PeriodInvalid).WithMessage("'{PropertyValue}' is not a month: write yyyy-MM.")
            .Must((p, endsIn) => !IsMonth(p.StartsIn, out var start) || !IsMonth(endsIn, out var end) || start <= end)
            .WithErrorCode(IngestionErrorCodes.PeriodOrder).WithMessage("The programme cannot end before it starts.");
        RuleForEach(p => p.OfficeCodes).KnownCode(db.Offices, "office");
        RuleForEach(p => p.ProvinceCodes).KnownCode(db.Provinces, "province");
        RuleForEach(p => p.RegencyCodes).KnownCode(db.Regencies, "regency");
    }

    private static bool BeAMonth(string? text) => text is null || IsMonth(text, out _);

    private static bool IsMonth(string? text, out Month month)
    {
        var isMonth = ReportedPeriod.TryParse(text, out var period) && period.Precision == PeriodPrecision.Month;
        month = period.Month;
        return isMonth;
    }
}
