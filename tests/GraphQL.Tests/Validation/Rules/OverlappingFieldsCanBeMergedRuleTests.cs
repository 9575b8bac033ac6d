using System.Text;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Validation.Rules;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private const string Conflict = "Fields \"a\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.";

    private static readonly Schema Schema = SchemaBuilder.FromDocument(GraphQLParser.Parse("""
        type Query { a: String b: String f(x: Int): String o: Query }
        """)).Build();

    private static IReadOnlyList<GraphQLError> Validate(string query, ValidationOptions? options = null) =>
        DocumentValidator.Validate(
            Schema,
            GraphQLParser.Parse(query, new ParserOptions { MaxTokens = 1_000_000 }),
            (options ?? ValidationOptions.Default) with { Rules = [context => new OverlappingFieldsCanBeMergedRule(context)] });

    private static string Repeat(int count, Func<int, string> selection)
    {
        var builder = new StringBuilder("{");
        for (var i = 0; i < count; i++)
        {
            builder.Append(' ').Append(selection(i));
        }

        return builder.Append(" }").ToString();
    }

    [Theory]
    [InlineData("a")]
    [InlineData("f(x: 1)")]
    [InlineData("o { a o { b } }")]
    public void Five_thousand_identical_fields_are_valid(string field)
    {
        Assert.Empty(Validate(Repeat(5000, _ => field)));
    }

    [Fact]
    public void Five_thousand_conflicting_fields_report_pairs_in_document_order_up_to_the_error_limit()
    {
        var errors = Validate(Repeat(5000, i => i % 2 == 0 ? "a: b" : "a"));

        Assert.Equal(101, errors.Count);
        Assert.All(errors.Take(100), e => Assert.Equal(Conflict, e.Message));
        Assert.All(errors.Take(100), e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        // graphql-js compares the first field with every later one first: columns 3 (a: b) and 8, 15, 22, ...
        Assert.Equal([new SourceLocation(1, 3), new SourceLocation(1, 8)], errors[0].Locations);
        Assert.Equal([new SourceLocation(1, 3), new SourceLocation(1, 15)], errors[1].Locations);
        Assert.Equal(ErrorCodes.MaxErrors, errors[100].Code);
    }

    [Fact]
    public void Five_thousand_conflicting_fields_stop_at_the_comparison_limit()
    {
        var errors = Validate(
            Repeat(5000, i => i % 2 == 0 ? "a: b" : "a"),
            new ValidationOptions { MaxErrors = int.MaxValue, MaxFieldComparisons = 10_000 });

        // like graphql-js's budget, the limit aborts the validation before the selection set's conflicts are reported
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.MaxFieldComparisons, error.Code);
        Assert.Equal("Too many field comparisons: the document needs more than 10000. Validation aborted.", error.Message);
    }

    [Fact]
    public void Five_thousand_fields_with_different_arguments_report_up_to_the_error_limit()
    {
        var errors = Validate(Repeat(5000, i => $"f(x: {i})"));

        Assert.Equal(101, errors.Count);
        Assert.All(errors.Take(100), e => Assert.Equal("Fields \"f\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", e.Message));
        Assert.Equal([new SourceLocation(1, 3), new SourceLocation(1, 11)], errors[0].Locations);
        Assert.Equal(ErrorCodes.MaxErrors, errors[100].Code);
    }

    [Fact]
    public void One_conflicting_field_among_identical_ones_is_reported_with_each_of_them()
    {
        var errors = Validate(Repeat(3000, i => i == 2999 ? "a: b" : "a"), new ValidationOptions { MaxErrors = 10_000 });

        Assert.Equal(2999, errors.Count);
        Assert.Equal("Fields \"a\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", errors[0].Message);
        Assert.Equal([new SourceLocation(1, 3), new SourceLocation(1, 6001)], errors[0].Locations);
    }

    [Fact]
    public void Fragment_bomb_with_overlapping_fields_reports_each_conflict_once()
    {
        var document = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 30; i++)
        {
            document.Append($"fragment F{i} on Query {{ x: a ...F{i + 1} ...F{i + 1} o {{ ...F{i + 1} }} }}\n");
        }

        document.Append("fragment F30 on Query { x: b }\n");

        var errors = Validate(document.ToString());

        // the same 31 errors graphql-js 17 reports: one nested conflict of "o", then "x" once per fragment
        Assert.Equal(31, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        Assert.StartsWith("Fields \"o\" conflict because subfields \"o\" conflict because", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(40, errors[0].Locations.Count);
        Assert.Equal("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", errors[1].Message);
        Assert.Equal([new SourceLocation(2, 24), new SourceLocation(32, 25)], errors[1].Locations);
        Assert.Equal([new SourceLocation(3, 24), new SourceLocation(32, 25)], errors[2].Locations);
    }

    [Fact]
    public void Fragment_bomb_of_identical_fields_is_valid()
    {
        var document = new StringBuilder("{ ...F0 ...F0 x: a }\n");
        for (var i = 0; i < 30; i++)
        {
            document.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} x: a }}\n");
        }

        document.Append("fragment F30 on Query { x: a }\n");

        Assert.Empty(Validate(document.ToString()));
    }

    [Fact]
    public void Identical_fields_whose_subfields_conflict_report_each_pair()
    {
        var errors = Validate("{ o { x: a x: b } o { x: a x: b } }");

        Assert.Equal(3, errors.Count);
        Assert.Equal(
            "Fields \"o\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            errors[0].Message);
        Assert.Equal([new SourceLocation(1, 3), new SourceLocation(1, 7), new SourceLocation(1, 12), new SourceLocation(1, 19), new SourceLocation(1, 28), new SourceLocation(1, 23)], errors[0].Locations);
    }
}
