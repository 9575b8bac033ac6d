using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Validation;

public sealed class ValidationContextTests
{
    private static ValidationContext ContextFor(string text) =>
        new(ValidationTestSchema.Instance, GraphQLParser.Parse(text), ValidationOptions.Default);

    [Fact]
    public void Recursively_referenced_fragments_are_listed_once_breadth_first()
    {
        var context = ContextFor("""
            query Q { dog { ...A ...B ...A } }
            fragment A on Dog { ...C }
            fragment B on Dog { ...A ...Unknown }
            fragment C on Dog { ...B name }
            fragment Unused on Dog { name }
            """);
        var operation = (OperationDefinitionNode)context.Document.Definitions[0];

        var fragments = context.GetRecursivelyReferencedFragments(operation);

        Assert.Equal(["A", "B", "C"], fragments.Select(f => f.Name.Value));
        Assert.Same(fragments, context.GetRecursivelyReferencedFragments(operation));
    }

    [Fact]
    public void Fragment_spreads_are_found_in_nested_selections_without_following_them()
    {
        var context = ContextFor("{ dog { ...A mother { ...B } ... on Dog { ...C } } }");
        var operation = (OperationDefinitionNode)context.Document.Definitions[0];

        var spreads = context.GetFragmentSpreads(operation.SelectionSet);

        Assert.Equal(["A", "B", "C"], spreads.Select(s => s.Name.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Variable_usages_carry_the_expected_type_default_and_parent_type()
    {
        var context = ContextFor("""
            query Q($a: Boolean, $b: Boolean, $c: String) {
              dog { isHouseTrained(atOtherHomes: $a) ...F }
              complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: [$c] }) }
            }
            fragment F on Dog { name(surname: $b) }
            """);
        var operation = (OperationDefinitionNode)context.Document.Definitions[0];

        var usages = context.GetRecursiveVariableUsages(operation);

        Assert.Equal(["a", "c", "b"], usages.Select(u => u.Node.Name.Value));
        Assert.Equal("Boolean", usages[0].Type?.ToString());
        Assert.True(usages[0].HasNonNullDefaultValue);
        Assert.Null(usages[0].ParentInputType);
        Assert.Equal("String", usages[1].Type?.ToString());
        Assert.Equal("[String]", usages[1].ParentInputType?.ToString());
        Assert.False(usages[1].HasNonNullDefaultValue);
        Assert.Equal("Boolean", usages[2].Type?.ToString());
    }

    [Fact]
    public void Variables_in_positions_the_schema_does_not_know_have_no_type()
    {
        var context = ContextFor("query Q($a: Int) { dog { unknown(arg: $a) } }");
        var operation = (OperationDefinitionNode)context.Document.Definitions[0];

        var usage = Assert.Single(context.GetVariableUsages(operation));

        Assert.Null(usage.Type);
    }

    [Fact]
    public void Field_comparisons_beyond_the_limit_abort_with_the_limit_code()
    {
        var context = new ValidationContext(ValidationTestSchema.Instance, GraphQLParser.Parse("{ dog { name } }"), new ValidationOptions { MaxFieldComparisons = 10 });

        Assert.True(context.TryCompareFields(10));
        Assert.False(context.TryCompareFields());

        Assert.True(context.IsAborted);
        Assert.Equal(ErrorCodes.MaxFieldComparisons, Assert.Single(context.Errors).Code);
    }

    [Fact]
    public void Errors_after_an_abort_are_dropped()
    {
        var context = new ValidationContext(ValidationTestSchema.Instance, GraphQLParser.Parse("{ dog { name } }"), new ValidationOptions { MaxFragmentVisits = 0 });

        Assert.False(context.TryVisitFragment());
        context.ReportError("Later.");

        Assert.Equal(ErrorCodes.MaxFragmentVisits, Assert.Single(context.Errors).Code);
    }
}
