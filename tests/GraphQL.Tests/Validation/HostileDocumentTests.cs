using System.Globalization;
using System.Text;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Validation;

/// <summary>Documents built to make a validator blow up: each must end with bounded errors, never a hang or a stack overflow.</summary>
public sealed class HostileDocumentTests
{
    private static readonly ParserOptions Unlimited = new() { MaxDocumentLength = int.MaxValue, MaxTokens = int.MaxValue };

    private static IReadOnlyList<GraphQLError> Validate(string text, ValidationOptions? options = null) =>
        DocumentValidator.Validate(ValidationTestSchema.Instance, GraphQLParser.Parse(text, Unlimited), options);

    [Fact]
    public void Fragment_cycle_is_reported_once_with_both_locations()
    {
        var errors = Validate("""
            { dog { ...A } }
            fragment A on Dog { name ...B }
            fragment B on Dog { name ...A }
            """);

        var error = Assert.Single(errors);
        Assert.Equal("Cannot spread fragment \"A\" within itself via \"B\".", error.Message);
        Assert.Equal([new SourceLocation(2, 26), new SourceLocation(3, 26)], error.Locations);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
    }

    [Fact]
    public void Fragment_cycles_through_many_fragments_are_each_reported_once()
    {
        var errors = Validate("""
            { dog { ...A } }
            fragment A on Dog { ...B ...C }
            fragment B on Dog { ...A }
            fragment C on Dog { ...C }
            """);

        Assert.Equal(
            ["Cannot spread fragment \"A\" within itself via \"B\".", "Cannot spread fragment \"C\" within itself."],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Fragment_bomb_of_30_levels_is_expanded_once_per_fragment()
    {
        // each fragment spreads the next twice: 2^30 spreads if expanded per spread
        var text = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 30; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Dog {{ name ...F{i + 1} ...F{i + 1} }}\n");
        }

        text.Append("fragment F30 on Dog { name }\n");

        // a budget of 100 fragment visits would be exhausted at once by per-spread expansion
        var errors = Validate(text.ToString(), new ValidationOptions { MaxFragmentVisits = 100 });

        Assert.Empty(errors);
    }

    [Fact]
    public void Fragment_visits_beyond_the_limit_stop_validation_with_the_limit_code()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 50; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"query Q{i} {{ dog {{ ...F0 }} }}\n");
        }

        for (var i = 0; i < 20; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Dog {{ name ...F{i + 1} }}\n");
        }

        text.Append("fragment F20 on Dog { name }\n");

        var errors = Validate(text.ToString(), new ValidationOptions { MaxFragmentVisits = 500 });

        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.MaxFragmentVisits, error.Code);
        Assert.Equal("Too many fragment visits: the document needs more than 500. Validation aborted.", error.Message);
    }

    [Fact]
    public void Ten_thousand_aliases_of_a_known_field_are_valid()
    {
        var text = "{ dog { " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: name ")) + "} }";

        Assert.Empty(Validate(text));
    }

    [Fact]
    public void Ten_thousand_aliases_of_an_unknown_field_stop_at_the_error_limit()
    {
        var text = "{ dog { " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: unknown ")) + "} }";

        var errors = Validate(text);

        Assert.Equal(101, errors.Count);
        Assert.All(errors.Take(100), e => Assert.Equal("Cannot query field \"unknown\" on type \"Dog\".", e.Message));
        Assert.Equal(ErrorCodes.MaxErrors, errors[^1].Code);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void Ten_thousand_unknown_directives_stop_at_the_error_limit()
    {
        var text = "{ dog " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"@d{i} ")) + "{ name } }";

        var errors = Validate(text, new ValidationOptions { MaxErrors = 50 });

        Assert.Equal(51, errors.Count);
        Assert.Equal("Unknown directive \"@d0\".", errors[0].Message);
        Assert.Equal(new SourceLocation(1, 7), Assert.Single(errors[0].Locations));
        Assert.Equal("Unknown directive \"@d49\".", errors[49].Message);
        Assert.All(errors.Take(50), e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        Assert.Equal(ErrorCodes.MaxErrors, errors[^1].Code);
    }

    [Fact]
    public void Ten_thousand_repeats_of_one_directive_are_reported_as_duplicates_up_to_the_limit()
    {
        var text = "{ dog { name " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 10_000)) + "} }";

        var errors = Validate(text);

        Assert.Equal(101, errors.Count);
        Assert.All(errors.Take(100), e => Assert.Equal("The directive \"@skip\" can only be used once at this location.", e.Message));
        Assert.Equal(ErrorCodes.MaxErrors, errors[^1].Code);
    }

    [Fact]
    public void Document_nested_100000_deep_is_validated_without_recursion()
    {
        // built as nodes: the parser would stop at its own depth limit long before
        var schema = SchemaBuilder.FromDocument(GraphQLParser.Parse("type Query { node: Node } type Node { child: Node name: String }")).Build();
        SelectionSetNode? innermost = null;
        for (var i = 0; i < 100_000; i++)
        {
            var field = new FieldNode(null, new NameNode(i == 0 ? "name" : "child"), [], [], innermost);
            innermost = new SelectionSetNode([field]);
        }

        var document = new DocumentNode([new OperationDefinitionNode(null, OperationType.Query, null, [], [], new SelectionSetNode([new FieldNode(null, new NameNode("node"), [], [], innermost)]))]);

        var errors = DocumentValidator.Validate(schema, document);

        Assert.Empty(errors);
    }

    [Fact]
    public void Chain_of_ten_thousand_fragments_is_followed_without_recursion()
    {
        var text = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Dog {{ ...F{i + 1} }}\n");
        }

        text.Append("fragment F10000 on Dog { ...F0 }\n");
        var options = new ValidationOptions { Rules = [.. SpecifiedRules.All, c => new MaxIntrospectionDepthRule(c)] };

        var errors = Validate(text.ToString(), options);

        var error = Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\",", error.Message, StringComparison.Ordinal);
        Assert.Equal(10_001, error.Locations.Count);
    }
}
