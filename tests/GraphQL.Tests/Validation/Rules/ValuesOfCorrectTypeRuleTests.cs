using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static IReadOnlyList<GraphQLError> Validate(string query, Schema? schema = null, ValidationOptions? options = null) =>
        DocumentValidator.Validate(
            schema ?? ValidationTestSchema.Instance,
            GraphQLParser.Parse(query),
            (options ?? ValidationOptions.Default) with { Rules = [context => new ValuesOfCorrectTypeRule(context)] });

    private static string Describe(GraphQLError error) =>
        $"{error.Message} @ {string.Join(", ", error.Locations.Select(l => $"{l.Line}:{l.Column}"))}";

    [Fact]
    public void Custom_scalar_exception_message_is_quoted_in_graphql_js_sentence()
    {
        var schema = SchemaBuilder.FromDocument(GraphQLParser.Parse("type Query { office(postalCode: PostalCode): String } scalar PostalCode"))
            .AddType(new PostalCodeScalar())
            .Build();

        var errors = Validate("{ valid: office(postalCode: \"40115\") invalid: office(postalCode: \"4011\") }", schema);

        var error = Assert.Single(errors);
        Assert.Equal("Expected value of type \"PostalCode\", but encountered error \"A postal code is five digits.\"; found: \"4011\". @ 1:66", Describe(error));
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
    }

    [Fact]
    public void Enum_suggestions_are_left_out_when_suggestions_are_off()
    {
        var query = "{ dog { doesKnowCommand(dogCommand: sit) } }";

        Assert.Equal(
            "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?",
            Assert.Single(Validate(query)).Message);
        Assert.Equal(
            "Value \"sit\" does not exist in \"DogCommand\" enum.",
            Assert.Single(Validate(query, options: new ValidationOptions { IncludeSuggestions = false })).Message);
    }

    [Fact]
    public void Unknown_input_field_suggestions_are_left_out_when_suggestions_are_off()
    {
        var errors = Validate(
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intFeld: 4 }) } }",
            options: new ValidationOptions { IncludeSuggestions = false });

        Assert.Equal("Expected value of type \"ComplexInput\" not to include unknown field \"intFeld\", found: { requiredField: true, intFeld: 4 }. @ 1:72", Describe(Assert.Single(errors)));
    }

    [Fact]
    public void List_where_a_scalar_stands_is_reported_once_as_a_whole()
    {
        var errors = Validate("{ complicatedArgs { intArgField(intArg: [1, \"two\", [3]]) } }");

        Assert.Equal("Int cannot represent non-integer value: [1, \"two\", [3]] @ 1:41", Describe(Assert.Single(errors)));
    }

    [Fact]
    public void Each_bad_item_of_a_list_is_reported_where_it_stands()
    {
        var errors = Validate("{ complicatedArgs { stringListArgField(stringListArg: [\"one\", 2, \"three\", true]) } }");

        Assert.Equal(
            ["String cannot represent a non string value: 2 @ 1:63", "String cannot represent a non string value: true @ 1:75"],
            errors.Select(Describe));
    }

    [Fact]
    public void OneOf_input_object_with_two_fields_and_a_null_one_is_reported_once()
    {
        var errors = Validate("{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null, intField: 1 }) } }");

        Assert.Equal("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null. @ 1:45", Describe(Assert.Single(errors)));
    }

    [Fact]
    public void Values_in_nested_input_objects_and_directives_are_checked_at_their_own_places()
    {
        var errors = Validate("""
            query ($skip: Boolean = "yes") {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, stringListField: ["a", 1] })
              }
              dog @include(if: 1) { name }
            }
            """);

        Assert.Equal(
            [
                "Boolean cannot represent a non boolean value: \"yes\" @ 1:25",
                "String cannot represent a non string value: 1 @ 3:79",
                "Boolean cannot represent a non boolean value: 1 @ 5:20",
            ],
            errors.Select(Describe));
    }
}
