using System.Text;
using System.Text.Json;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Hostile;

/// <summary>
/// The end-to-end contract for hostile documents: each goes through the full <see cref="RequestExecutor"/>
/// (parse, validate, limits, variables, cost) and comes back as a request error with a clear code, without
/// taking the process down. The timeouts only guard against a hang; no test asserts a duration.
/// </summary>
public sealed class HostileDocumentTests
{
    private const int HangGuard = 60_000;

    private const string Sdl = """
        type Query {
          node: Node
          leaf(arg: Int, list: [Int], obj: Nested, text: String): Int
          other: Int
          items(first: Int): [Item]
        }
        type Node { node: Node  leaf: Int }
        type Item { id: Int  children(first: Int): [Item] }
        input Nested { inner: Nested  value: Int }
        """;

    private static readonly RequestExecutor Default = new(Schema(Sdl, ("Query.leaf", Value(1))));

    // the default token limit stops these documents before the protection they aim at; a larger limit lets them reach it
    private static readonly RequestExecutor ManyTokens = new(
        Default.Schema,
        ExecutionOptions.Default with { Parser = ParserOptions.Default with { MaxTokens = 1_000_000 } });

    [Fact(Timeout = HangGuard)]
    public async Task Selection_sets_nested_100000_deep_stop_at_the_parser_depth_limit() =>
        await AssertRejected(Default, Repeat("{ node ", 100_000) + "{ leaf }" + Repeat(" }", 100_000), ErrorCodes.MaxParserDepth);

    [Fact(Timeout = HangGuard)]
    public async Task List_values_nested_100000_deep_stop_at_the_parser_depth_limit() =>
        await AssertRejected(Default, "{ leaf(list: " + Repeat("[", 100_000) + Repeat("]", 100_000) + ") }", ErrorCodes.MaxParserDepth);

    [Fact(Timeout = HangGuard)]
    public async Task Object_values_nested_100000_deep_stop_at_the_parser_depth_limit() =>
        await AssertRejected(Default, "{ leaf(obj: " + Repeat("{inner:", 100_000) + "null" + Repeat("}", 100_000) + ") }", ErrorCodes.MaxParserDepth);

    [Fact(Timeout = HangGuard)]
    public async Task List_types_nested_100000_deep_stop_at_the_parser_depth_limit() =>
        await AssertRejected(Default, "query ($v: " + Repeat("[", 100_000) + "Int" + Repeat("]", 100_000) + ") { leaf }", ErrorCodes.MaxParserDepth);

    [Fact(Timeout = HangGuard)]
    public async Task A_fragment_cycle_fails_validation() =>
        await AssertRejected(
            Default,
            "{ node { ...A } } fragment A on Node { node { ...B } } fragment B on Node { ...C } fragment C on Node { ...A }",
            ErrorCodes.ValidationFailed);

    [Fact(Timeout = HangGuard)]
    public async Task A_30_level_fragment_bomb_is_rejected_before_it_runs()
    {
        var document = new StringBuilder("{ node { ...F0 } }");
        for (var i = 0; i < 30; i++)
        {
            document.Append($" fragment F{i} on Node {{ ...F{i + 1} ...F{i + 1} }}");
        }

        document.Append(" fragment F30 on Node { leaf }");
        await AssertRejected(Default, document.ToString(), ErrorCodes.MaxFragmentVisits, ErrorCodes.MaxFields);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Five_thousand_identical_fields_exceed_the_field_limit() =>
        await AssertRejected(Default, "{ " + Repeat("leaf ", 5_000) + "}", ErrorCodes.MaxFields);

    [Fact(Timeout = HangGuard)]
    public async Task Five_thousand_conflicting_fields_fail_validation_within_the_comparison_budget() =>
        await AssertRejected(
            ManyTokens,
            "{ " + string.Concat(Enumerable.Range(0, 5_000).Select(i => i % 2 == 0 ? "leaf: leaf " : "leaf: other ")) + "}",
            ErrorCodes.ValidationFailed,
            ErrorCodes.MaxFieldComparisons);

    [Fact(Timeout = HangGuard)]
    public async Task Ten_thousand_aliases_exceed_the_operation_shape_limits() =>
        await AssertRejected(ManyTokens, "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: leaf ")) + "}", ErrorCodes.MaxFields, ErrorCodes.MaxAliases);

    [Fact(Timeout = HangGuard)]
    public async Task Ten_thousand_unknown_directives_fail_validation_with_a_bounded_error_list()
    {
        var result = await AssertRejected(
            ManyTokens,
            "{ leaf " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"@unknown{i} ")) + "}",
            ErrorCodes.ValidationFailed);

        Assert.InRange(result.Errors.Count, 1, ExecutionOptions.Default.Validation.MaxErrors + 1);
    }

    [Fact(Timeout = HangGuard)]
    public async Task A_10_megabyte_string_literal_exceeds_the_document_size_limit() =>
        await AssertRejected(Default, "{ leaf(text: \"" + new string('x', 10 * 1024 * 1024) + "\") }", ErrorCodes.MaxDocumentSize);

    [Fact(Timeout = HangGuard)]
    public async Task A_megabyte_of_tokens_exceeds_the_token_limit() =>
        await AssertRejected(Default, "{ " + Repeat("leaf ", (ParserOptions.Default.MaxDocumentLength / 5) - 1) + "}", ErrorCodes.MaxTokens);

    [Fact(Timeout = HangGuard)]
    public async Task Variables_nested_100000_deep_are_bad_user_input()
    {
        var json = Repeat("{\"inner\":", 100_000) + "null" + Repeat("}", 100_000);
        using var variables = JsonDocument.Parse("{\"v\":" + json + "}", new JsonDocumentOptions { MaxDepth = 100_002 });

        var result = await AssertRejected(Default, new GraphQLRequest("query ($v: Nested) { leaf(obj: $v) }", Variables: variables.RootElement), ErrorCodes.BadUserInput);

        Assert.Single(result.Errors);
    }

    [Fact(Timeout = HangGuard)]
    public async Task A_query_far_above_the_cost_limit_is_rejected_before_it_runs() =>
        await AssertRejected(
            Default,
            "{ items(first: 1000) { children(first: 1000) { children(first: 1000) { children(first: 1000) { id } } } } }",
            ErrorCodes.MaxCost);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static Task<ExecutionResult> AssertRejected(RequestExecutor executor, string query, params string[] codes) =>
        AssertRejected(executor, new GraphQLRequest(query), codes);

    private static async Task<ExecutionResult> AssertRejected(RequestExecutor executor, GraphQLRequest request, params string[] codes)
    {
        var result = await executor.ExecuteAsync(request, CancellationToken.None);

        Assert.True(result.IsRequestError, result.ToJson()[..Math.Min(500, result.ToJson().Length)]);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, error => Assert.False(string.IsNullOrWhiteSpace(error.Message)));
        Assert.Contains(result.Errors[0].Code, codes);
        return result;
    }
}
