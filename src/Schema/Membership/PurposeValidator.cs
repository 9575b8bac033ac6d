using System.Linq.Expressions;
using FluentValidation;

namespace BpjsTk.Schema.Membership;

/// <summary>Every check names its purpose (the licence or credit application it is for), short and free of NIKs.</summary>
internal sealed class PurposeValidator<T> : AbstractValidator<T>
{
    public PurposeValidator(Expression<Func<T, string?>> purpose)
    {
        RuleFor(purpose).NotEmpty().OverridePropertyName("purpose").WithErrorCode(MembershipErrorCodes.PurposeRequired)
            .WithMessage("Name the purpose of the check, e.g. the licence or credit application number.");
        RuleFor(purpose).MaximumLength(PurposeRules.MaxLength).OverridePropertyName("purpose").WithErrorCode(MembershipErrorCodes.PurposeTooLong)
            .WithMessage($"The purpose may be at most {PurposeRules.MaxLength} characters.");
        RuleFor(purpose).Must(PurposeRules.HasNoNik).OverridePropertyName("purpose").WithErrorCode(MembershipErrorCodes.PurposeContainsNik)
            .WithMessage("The purpose is kept in the audit and must not contain a NIK.");
    }
}
