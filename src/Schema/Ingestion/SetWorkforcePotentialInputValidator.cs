using BpjsTk.Data;
using FluentValidation;

namespace BpjsTk.Schema.Ingestion;

/// <summary>A potential names exactly one known area and a known source, a period that has begun, and a count not negative.</summary>
internal sealed class SetWorkforcePotentialInputValidator : AbstractValidator<SetWorkforcePotentialInput>
{
    public SetWorkforcePotentialInputValidator(BpjsTkDbContext db, TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(w => w).OneOf("regionCode", w => w.RegionCode, w => w.ProvinceCode, w => w.RegencyCode)
            .WithMessage("Give exactly one of regionCode, provinceCode or regencyCode.");
        RuleFor(w => w.RegionCode).KnownCode(db.Regions, "region");
        RuleFor(w => w.ProvinceCode).KnownCode(db.Provinces, "province");
        RuleFor(w => w.RegencyCode).KnownCode(db.Regencies, "regency");
        RuleFor(w => w.Period).ReportedPeriod(time);
        RuleFor(w => w.Count).NotNegative();
        RuleFor(w => w.SourceCode).RequiredText(InputLengths.Code).KnownCode(db.Sources, "source");
    }
}
