using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static IReadOnlyList<GraphQLError> Validate(string text, ValidationOptions? options = null) =>
        DocumentValidator.Validate(ValidationTestSchema.Instance, GraphQLParser.Parse(text), options);

    [Fact]
    public void Valid_document_gives_no_errors()
    {
        var errors = Validate("""
            query Dogs($atOtherHomes: Boolean) {
              dog { name isHouseTrained(atOtherHomes: $atOtherHomes) ...Barks }
              pet { __typename ... on Cat { meows } }
            }
            fragment Barks on Dog { barks @include(if: true) }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void Errors_of_all_rules_come_in_document_order_with_the_validation_code()
    {
        var errors = Validate("""
            query Q($unused: Int) {
              dog { nam ...Missing }
              cat @unknown
            }
            """);

        Assert.Equal(
            [
                "Variable \"$unused\" is never used in operation \"Q\".",
                "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?",
                "Unknown fragment \"Missing\".",
                "Field \"cat\" of type \"Cat\" must have a selection of subfields. Did you mean \"cat { ... }\"?",
                "Unknown directive \"@unknown\".",
            ],
            errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        Assert.Equal(new SourceLocation(2, 9), Assert.Single(errors[1].Locations));
    }

    [Fact]
    public void Suggestions_can_be_hidden()
    {
        var options = new ValidationOptions { IncludeSuggestions = false };

        var errors = Validate("{ dog { nam } catOrDog { name } }", options);

        Assert.Equal(["Cannot query field \"nam\" on type \"Dog\".", "Cannot query field \"name\" on type \"CatOrDog\"."], errors.Select(e => e.Message));
    }

    [Fact]
    public void Error_limit_keeps_that_many_errors_and_ends_with_the_limit_error()
    {
        var errors = Validate("{ a b c d e }", new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(4, errors.Count);
        Assert.Equal("Cannot query field \"c\" on type \"QueryRoot\".", errors[2].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[3].Message);
        Assert.Equal(ErrorCodes.MaxErrors, errors[3].Code);
        Assert.Empty(errors[3].Locations);
    }

    [Fact]
    public void Error_limit_that_is_not_reached_adds_nothing()
    {
        var errors = Validate("{ a b c }", new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Fact]
    public void Only_the_rules_given_are_run()
    {
        var options = new ValidationOptions { Rules = [c => new KnownFragmentNamesRule(c)] };

        var errors = Validate("{ unknownField ...Missing }", options);

        Assert.Equal("Unknown fragment \"Missing\".", Assert.Single(errors).Message);
    }

    [Fact]
    public void Optional_rules_join_the_specified_ones()
    {
        var options = new ValidationOptions { Rules = [.. SpecifiedRules.All, c => new NoSchemaIntrospectionCustomRule(c)] };

        var errors = Validate("{ __schema { queryType { name } } }", options);

        Assert.Equal(
            [
                "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".",
                "GraphQL introspection has been disabled, but the requested query contained the field \"queryType\".",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Introspection_nested_three_lists_deep_is_rejected_by_default()
    {
        var errors = Validate("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");

        var error = Assert.Single(errors);
        Assert.Equal("Maximum introspection depth exceeded", error.Message);
        Assert.Equal(ErrorCodes.MaxIntrospectionDepth, error.Code);
        Assert.Equal(new SourceLocation(1, 3), Assert.Single(error.Locations));
    }

    [Fact]
    public void Mutation_is_rejected_when_the_schema_has_no_mutation_type()
    {
        var errors = Validate("mutation { dog { name } }");

        Assert.Equal("The mutation operation is not supported by the schema.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Directives_inside_type_system_definitions_are_checked_where_they_stand()
    {
        var errors = Validate("""
            { dog { name } }
            directive @local on OBJECT
            type Extra @unknown @local @local { field(arg: Int @deprecated @local): String }
            """);

        Assert.Equal(
            [
                "The \"local\" definition is not executable.",
                "The \"Extra\" definition is not executable.",
                "The directive \"@local\" can only be used once at this location.",
                "Unknown directive \"@unknown\".",
                "Directive \"@local\" may not be used on ARGUMENT_DEFINITION.",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Non_executable_definitions_are_reported_before_any_other_error()
    {
        var errors = Validate("{ unknown } type Extra { field: String } scalar Other");

        Assert.Equal(
            ["The \"Extra\" definition is not executable.", "The \"Other\" definition is not executable.", "Cannot query field \"unknown\" on type \"QueryRoot\"."],
            errors.Select(e => e.Message));
    }
}
