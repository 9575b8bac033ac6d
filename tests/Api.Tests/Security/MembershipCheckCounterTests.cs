using System.Text.Json;
using BpjsTk.Api.Security;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Api.Tests.Security;

public sealed class MembershipCheckCounterTests
{
    private static readonly GraphQL.Types.Schema Schema = SchemaBuilder.FromDocument(GraphQLParser.Parse("""
        type Query {
          regions: [String]
          membership(nik: String!, purpose: String!): String
          employerMembership(npp: String, nib: String, purpose: String!): String
          membershipBatch(applicants: [MembershipApplicantInput!]!): [String]
        }
        type Mutation { register(nik: String!): String }
        input MembershipApplicantInput { nik: String! purpose: String! }
        """)).Build();

    [Theory]
    [InlineData("{ regions }", 0)]
    [InlineData("{ membership(nik: \"1\", purpose: \"p\") }", 1)]
    [InlineData("{ a: membership(nik: \"1\", purpose: \"p\") b: membership(nik: \"2\", purpose: \"p\") }", 2)]
    [InlineData("{ membershipBatch(applicants: [{nik: \"1\", purpose: \"p\"}, {nik: \"2\", purpose: \"p\"}]) e: employerMembership(npp: \"1\", purpose: \"p\") }", 3)]
    [InlineData("{ ...F ... on Query { x: membership(nik: \"1\", purpose: \"p\") } } fragment F on Query { membership(nik: \"1\", purpose: \"p\") }", 2)]
    [InlineData("{ membership(nik: \"1\", purpose: \"p\") ...F } fragment F on Query { membership(nik: \"1\", purpose: \"p\") }", 1)]
    [InlineData("{ a: membership(nik: \"1\", purpose: \"p\") @skip(if: true) b: membership(nik: \"2\", purpose: \"p\") @include(if: true) }", 1)]
    [InlineData("{ membershipBatch(applicants: []) }", 0)]
    [InlineData("mutation { register(nik: \"1\") }", 0)]
    public async Task Counts_the_checks_an_operation_runs(string query, int checks) =>
        Assert.Equal(checks, await CountAsync(query));

    [Fact]
    public async Task Skip_and_include_count_as_their_variables_decide()
    {
        const string query = "query($on: Boolean!) { a: membership(nik: \"1\", purpose: \"p\") @include(if: $on) ...F @skip(if: $on) } fragment F on Query { b: membership(nik: \"2\", purpose: \"p\") c: membership(nik: \"3\", purpose: \"p\") }";

        Assert.Equal(1, await CountAsync(query, """{"on": true}"""));
        Assert.Equal(2, await CountAsync(query, """{"on": false}"""));
    }

    [Fact]
    public async Task A_batch_in_a_variable_counts_its_items()
    {
        const string query = "query($a: [MembershipApplicantInput!]!) { membershipBatch(applicants: $a) }";

        Assert.Equal(3, await CountAsync(query, """{"a": [{"nik": "1", "purpose": "p"}, {"nik": "2", "purpose": "p"}, {"nik": "3", "purpose": "p"}]}"""));
        Assert.Equal(1, await CountAsync(query, """{"a": {"nik": "1", "purpose": "p"}}"""));
    }

    [Fact]
    public async Task Only_the_selected_operation_counts()
    {
        const string document = "query One { membership(nik: \"1\", purpose: \"p\") } query Two { regions }";

        Assert.Equal(1, await CountAsync(document, operationName: "One"));
        Assert.Equal(0, await CountAsync(document, operationName: "Two"));
    }

    private static async Task<int> CountAsync(string query, string? variables = null, string? operationName = null)
    {
        var gate = new CountingGate();
        using var json = variables is null ? null : JsonDocument.Parse(variables);
        var result = await new RequestExecutor(Schema, new ExecutionOptions { Gates = [gate] })
            .ExecuteAsync(new GraphQLRequest(query, operationName, json?.RootElement), CancellationToken.None);
        Assert.DoesNotContain(result.Errors, e => e.Code != CountingGate.Counted);
        return gate.Checks ?? throw new InvalidOperationException("The request never reached the gates.");
    }

    // Refuses every request after counting, so the test needs no resolvers.
    private sealed class CountingGate : IExecutionGate
    {
        public const string Counted = "COUNTED";

        public int? Checks { get; private set; }

        public ValueTask<ExecutionRefusal?> CheckAsync(ExecutionGateContext context, CancellationToken cancellationToken)
        {
            Checks = MembershipCheckCounter.Count(context);
            return ValueTask.FromResult<ExecutionRefusal?>(new(GraphQL.GraphQLError.WithCode("Counted.", Counted)));
        }
    }
}
