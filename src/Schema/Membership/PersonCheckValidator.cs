using FluentValidation;

namespace BpjsTk.Schema.Membership;

/// <summary>DOMAIN.md's NIK rules and a required purpose; messages never repeat the NIK.</summary>
internal sealed class PersonCheckValidator : AbstractValidator<PersonCheck>
{
    public PersonCheckValidator()
    {
        RuleFor(c => c.Nik).Must(NikRules.HasLength).OverridePropertyName("nik").WithErrorCode(MembershipErrorCodes.NikLength)
            .WithMessage(c => $"A NIK has {NikRules.Length} digits; this one has {c.Nik?.Length ?? 0} characters.");
        RuleFor(c => c.Nik).Must(NikRules.IsDigits).When(c => !string.IsNullOrEmpty(c.Nik)).OverridePropertyName("nik")
            .WithErrorCode(MembershipErrorCodes.NikNotDigits).WithMessage("A NIK has digits only.");
        RuleFor(c => c.Nik!).Must(NikRules.HasKnownRegency).When(c => NikRules.IsWellFormed(c.Nik)).OverridePropertyName("nik")
            .WithErrorCode(MembershipErrorCodes.NikRegencyUnknown)
            .WithMessage(c => $"NIK digits 1-4 ({c.Nik![..4]}) name no regency, current or former.");
        RuleFor(c => c.Nik!).Must(NikRules.HasBirthDate).When(c => NikRules.IsWellFormed(c.Nik)).OverridePropertyName("nik")
            .WithErrorCode(MembershipErrorCodes.NikBirthDateInvalid)
            .WithMessage("NIK digits 7-12 are not a date of birth: day 01-31 (41-71 for women), month 01-12, and a day the month has.");
        RuleFor(c => c.Nik!).Must(NikRules.HasSerial).When(c => NikRules.IsWellFormed(c.Nik)).OverridePropertyName("nik")
            .WithErrorCode(MembershipErrorCodes.NikSerialInvalid).WithMessage("NIK digits 13-16 are a serial from 0001 to 9999.");
        Include(new PurposeValidator<PersonCheck>(c => c.Purpose));
    }
}
