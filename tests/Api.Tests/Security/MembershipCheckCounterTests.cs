using System.Text.Json;
using BpjsTk.Api.Security;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.Api.Tests.Security;

public sealed class MembershipCheckCounterTests
{
    [Theory]
    [InlineData("{ regions { code } }", 0)]
    [InlineData("{ membership(nik: \"1\", purpose: \"p\") { status } }", 1)]
    [InlineData("{ a: membership(nik: \"1\", purpose: \"p\") { status } b: membership(nik: \"2\", purpose: \"p\") { status } }", 2)]
    [InlineData("{ membershipBatch(applicants: [{nik: \"1\", purpose: \"p\"}, {nik: \"2\", purpose: \"p\"}]) { index } e: employerMembership(npp: \"1\", purpose: \"p\") { status } }", 3)]
    [InlineData("{ ...F ... on Query { x: membership(nik: \"1\", purpose: \"p\") { status } } } fragment F on Query { membership(nik: \"1\", purpose: \"p\") { status } }", 2)]
    [InlineData("{ membership(nik: ", 0)]
    public void Counts_the_checks_a_document_holds(string query, int checks) =>
        Assert.Equal(checks, MembershipCheckCounter.Count(query, null, null, ParserOptions.Default));

    [Fact]
    public void A_batch_in_a_variable_counts_its_items()
    {
        using var variables = JsonDocument.Parse("""{"a": [{"nik": "1", "purpose": "p"}, {"nik": "2", "purpose": "p"}, {"nik": "3", "purpose": "p"}]}""");

        Assert.Equal(3, MembershipCheckCounter.Count("query($a: [MembershipApplicantInput!]!) { membershipBatch(applicants: $a) { index } }", null, variables.RootElement, ParserOptions.Default));
    }

    [Fact]
    public void Only_the_selected_operation_counts()
    {
        const string document = "query One { membership(nik: \"1\", purpose: \"p\") { status } } query Two { regions { code } }";

        Assert.Equal(1, MembershipCheckCounter.Count(document, "One", null, ParserOptions.Default));
        Assert.Equal(0, MembershipCheckCounter.Count(document, "Two", null, ParserOptions.Default));
    }
}
