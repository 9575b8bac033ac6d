using BpjsTk.Schema.Membership;

namespace BpjsTk.Schema.Tests.Membership;

public sealed class EmployerCheckValidatorTests
{
    private readonly EmployerCheckValidator _validator = new();

    [Theory]
    [InlineData("35090001", null)]
    [InlineData(null, "9120001234567")]
    public void An_npp_or_a_nib_passes(string? npp, string? nib) =>
        Assert.True(_validator.Validate(new EmployerCheck(npp, nib, "KUR-2026-17")).IsValid);

    [Theory]
    [InlineData("3509001", null, MembershipErrorCodes.NppInvalid, "npp")]
    [InlineData("3509000A", null, MembershipErrorCodes.NppInvalid, "npp")]
    [InlineData(null, "912000123456", MembershipErrorCodes.NibInvalid, "nib")]
    [InlineData(null, null, MembershipErrorCodes.EmployerIdentifierRequired, "npp")]
    [InlineData("35090001", "9120001234567", MembershipErrorCodes.EmployerIdentifierRequired, "npp")]
    public void A_broken_rule_names_its_field_and_code(string? npp, string? nib, string code, string field)
    {
        var error = Assert.Single(_validator.Validate(new EmployerCheck(npp, nib, "KUR-2026-17")).Errors);

        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(field, error.PropertyName);
    }
}
