using BpjsTk.Schema.Membership;

namespace BpjsTk.Schema.Tests.Membership;

public sealed class PersonCheckValidatorTests
{
    private const string JemberMan = "3509011504850001";

    private readonly PersonCheckValidator _validator = new();

    [Theory]
    [InlineData(JemberMan)]
    [InlineData("3509025208900002")] // a woman born on the 12th: day 52
    [InlineData("9101011002870017")] // Merauke's code before Papua was recoded in 2022
    [InlineData("9301011002870017")] // and after
    [InlineData("3509012902000001")] // 29 February 2000
    public void A_well_formed_nik_passes(string nik) =>
        Assert.Empty(Codes(nik));

    [Theory]
    [InlineData("350901150485001", MembershipErrorCodes.NikLength)]
    [InlineData("35090115048500011", MembershipErrorCodes.NikLength)]
    [InlineData("", MembershipErrorCodes.NikLength)]
    [InlineData("35090115048A0001", MembershipErrorCodes.NikNotDigits)]
    [InlineData("9901011504850001", MembershipErrorCodes.NikRegencyUnknown)]
    [InlineData("3599011504850001", MembershipErrorCodes.NikRegencyUnknown)]
    [InlineData("3509013102850001", MembershipErrorCodes.NikBirthDateInvalid)] // 31 February
    [InlineData("3509013502850001", MembershipErrorCodes.NikBirthDateInvalid)] // day 35: neither a man's nor a woman's day
    [InlineData("3509017202850001", MembershipErrorCodes.NikBirthDateInvalid)] // day 72 is 32 for a woman
    [InlineData("3509016902850001", MembershipErrorCodes.NikBirthDateInvalid)] // a woman born on 29 February 1985 or 2085
    [InlineData("3509011513850001", MembershipErrorCodes.NikBirthDateInvalid)] // month 13
    [InlineData("3509011504850000", MembershipErrorCodes.NikSerialInvalid)]
    public void A_broken_rule_is_reported_with_its_code(string nik, string code) =>
        Assert.Equal([code], Codes(nik));

    [Fact]
    public void Letters_and_a_wrong_length_are_both_reported()
    {
        Assert.Equal([MembershipErrorCodes.NikLength, MembershipErrorCodes.NikNotDigits], Codes("35O9O1"));
    }

    [Fact]
    public void Every_broken_rule_of_a_well_formed_nik_is_reported_on_the_nik_field()
    {
        var result = _validator.Validate(new PersonCheck { Nik = "9901013502850000", Purpose = "IUMK-2026-001" });

        Assert.Equal(
            [MembershipErrorCodes.NikRegencyUnknown, MembershipErrorCodes.NikBirthDateInvalid, MembershipErrorCodes.NikSerialInvalid],
            result.Errors.Select(e => e.ErrorCode));
        Assert.All(result.Errors, e => Assert.Equal("nik", e.PropertyName));
    }

    [Theory]
    [InlineData(null, MembershipErrorCodes.PurposeRequired)]
    [InlineData("", MembershipErrorCodes.PurposeRequired)]
    [InlineData("KUR for " + JemberMan, MembershipErrorCodes.PurposeContainsNik)]
    public void The_purpose_is_required_and_free_of_niks(string? purpose, string code)
    {
        var result = _validator.Validate(new PersonCheck { Nik = JemberMan, Purpose = purpose });

        Assert.Equal([code], result.Errors.Select(e => e.ErrorCode));
        Assert.Equal("purpose", result.Errors[0].PropertyName);
    }

    [Fact]
    public void A_long_purpose_is_refused()
    {
        var result = _validator.Validate(new PersonCheck { Nik = JemberMan, Purpose = new string('x', PurposeRules.MaxLength + 1) });

        Assert.Equal([MembershipErrorCodes.PurposeTooLong], result.Errors.Select(e => e.ErrorCode));
    }

    [Theory]
    [InlineData("3509013102850001")]
    [InlineData("35090115048A0001")]
    [InlineData("9901011504850001")]
    public void Messages_never_repeat_the_nik(string nik)
    {
        var result = _validator.Validate(new PersonCheck { Nik = nik, Purpose = "IUMK-2026-001" });

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.DoesNotContain(nik, e.ErrorMessage, StringComparison.Ordinal));
    }

    private string[] Codes(string nik) =>
        [.. _validator.Validate(new PersonCheck { Nik = nik, Purpose = "IUMK-2026-001" }).Errors.Select(e => e.ErrorCode)];
}
