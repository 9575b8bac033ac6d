using FluentValidation;

namespace BpjsTk.Schema.Ingestion;

/// <summary>A partner has an upper-case code and a name.</summary>
internal sealed class RegisterPartnerInputValidator : AbstractValidator<RegisterPartnerInput>
{
    public RegisterPartnerInputValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p.Code).Code();
        RuleFor(p => p.Name).RequiredText(InputLengths.Name);
    }
}
