using FluentValidation;

namespace BpjsTk.Schema.Membership;

/// <summary>An employer is checked by exactly one of NPP (8 digits) or NIB (13 digits).</summary>
internal sealed class EmployerCheckValidator : AbstractValidator<EmployerCheck>
{
    public EmployerCheckValidator()
    {
        RuleFor(c => c).Must(c => (c.Npp is null) != (c.Nib is null)).OverridePropertyName("npp")
            .WithErrorCode(MembershipErrorCodes.EmployerIdentifierRequired).WithMessage("Give either npp or nib, not both.");
        RuleFor(c => c.Npp).Matches(@"^\d{8}$").When(c => c.Npp is not null).OverridePropertyName("npp")
            .WithErrorCode(MembershipErrorCodes.NppInvalid).WithMessage("An NPP has 8 digits.");
        RuleFor(c => c.Nib).Matches(@"^\d{13}$").When(c => c.Nib is not null).OverridePropertyName("nib")
            .WithErrorCode(MembershipErrorCodes.NibInvalid).WithMessage("A NIB has 13 digits.");
        Include(new PurposeValidator<EmployerCheck>(c => c.Purpose));
    }
}
