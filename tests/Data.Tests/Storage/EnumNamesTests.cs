using BpjsTk.Data.Storage;

namespace BpjsTk.Data.Tests.Storage;

public sealed class EnumNamesTests
{
    [Theory]
    [InlineData("LocalGovernment", "LOCAL_GOVERNMENT")]
    [InlineData("KurCreditTieIn", "KUR_CREDIT_TIE_IN")]
    [InlineData("SubBranchOffice", "SUB_BRANCH_OFFICE")]
    [InlineData("BPU", "BPU")]
    [InlineData("JAKON", "JAKON")]
    [InlineData("InForce", "IN_FORCE")]
    public void Enum_values_are_stored_in_the_GraphQL_enum_style(string name, string stored) =>
        Assert.Equal(stored, EnumNames.ToScreamingSnake(name));
}
