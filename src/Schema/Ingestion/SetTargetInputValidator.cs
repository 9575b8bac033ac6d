using BpjsTk.Data;
using FluentValidation;

namespace BpjsTk.Schema.Ingestion;

/// <summary>A target names exactly one known office or area and a known source, a period that has begun, and a figure not negative.</summary>
internal sealed class SetTargetInputValidator : AbstractValidator<SetTargetInput>
{
    public SetTargetInputValidator(BpjsTkDbContext db, TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(t => t).OneOf("officeCode", t => t.OfficeCode, t => t.RegionCode, t => t.ProvinceCode, t => t.RegencyCode)
            .WithMessage("Give exactly one of officeCode, regionCode, provinceCode or regencyCode.");
        RuleFor(t => t.OfficeCode).KnownCode(db.Offices, "office");
        RuleFor(t => t.RegionCode).KnownCode(db.Regions, "region");
        RuleFor(t => t.ProvinceCode).KnownCode(db.Provinces, "province");
        RuleFor(t => t.RegencyCode).KnownCode(db.Regencies, "regency");
        RuleFor(t => t.Period).ReportedPeriod(time);
        RuleFor(t => t.Figure).NotNegative();
        RuleFor(t => t.SourceCode).RequiredText(InputLengths.Code).KnownCode(db.Sources, "source");
    }
}
