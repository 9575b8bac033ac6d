using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Missing_name_of_the_type_meta_field_is_named_by_the_meta_coordinate_as_graphql_js_names_it()
    {
        var errors = DocumentValidator.Validate(
            ValidationTestSchema.Instance,
            GraphQLParser.Parse("{ __type { name } }"),
            new ValidationOptions { Rules = [context => new ProvidedRequiredArgumentsRule(context)] });

        Assert.Equal(
            "Argument \"<meta>.__type(name:)\" of type \"String!\" is required, but it was not provided.",
            Assert.Single(errors).Message);
    }
}
