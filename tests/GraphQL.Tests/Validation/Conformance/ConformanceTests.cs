using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Validation.Conformance;

/// <summary>
/// Runs each graphql-js validation case through the one rule it names (as graphql-js's
/// expectValidationErrors does) and compares the verdict, the errors' messages and their locations.
/// </summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var conformanceCase in ConformanceSuite.Cases)
        {
            if (!WordingDifferences.PendingRules.Contains(conformanceCase.Rule))
            {
                data.Add(conformanceCase.Key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_the_errors_graphql_js_gives(string key)
    {
        var conformanceCase = ConformanceSuite.ByKey[key];
        var schema = ConformanceSuite.GetSchema(conformanceCase.Schema);
        var document = GraphQLParser.Parse(conformanceCase.Query);
        var options = new ValidationOptions { Rules = [RuleFactory(conformanceCase.Rule)!] };

        var errors = DocumentValidator.Validate(schema, document, options);

        var expected = WordingDifferences.Cases.TryGetValue(key, out var replaced)
            ? replaced.Errors
            : conformanceCase.Errors.Select(e => Describe(WordingDifferences.Expected(e.Message), e.Locations.Select(l => (l.Line, l.Column))));
        var actual = errors.Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column))));
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
        var code = conformanceCase.Rule == "MaxIntrospectionDepth" ? ErrorCodes.MaxIntrospectionDepth : ErrorCodes.ValidationFailed;
        Assert.All(errors, e => Assert.Equal(code, e.Code));
    }

    [Fact]
    public void Every_rule_the_cases_name_is_implemented_or_listed_as_pending()
    {
        var missing = ConformanceSuite.Cases.Select(c => c.Rule).Distinct().Where(r => RuleFactory(r) is null && !WordingDifferences.PendingRules.Contains(r)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_pending_rule_is_still_unimplemented()
    {
        var implemented = WordingDifferences.PendingRules.Where(r => RuleFactory(r) is not null).ToList();
        Assert.Empty(implemented);
    }

    [Fact]
    public void Every_wording_difference_is_met_in_the_cases()
    {
        var messages = ConformanceSuite.Cases.SelectMany(c => c.Errors).Select(e => e.Message).ToHashSet(StringComparer.Ordinal);
        var unmet = WordingDifferences.Messages.Keys.Where(m => !messages.Contains(m)).ToList();
        Assert.Empty(unmet);
    }

    [Fact]
    public void Every_replaced_case_exists()
    {
        var unknown = WordingDifferences.Cases.Keys.Where(k => !ConformanceSuite.ByKey.ContainsKey(k)).ToList();
        Assert.Empty(unknown);
    }

    private static ValidationRuleFactory? RuleFactory(string rule)
    {
        var type = typeof(DocumentValidator).Assembly.GetType($"{typeof(DocumentValidator).Namespace}.{rule}Rule");
        if (type is null || !type.IsSubclassOf(typeof(ValidationRule)))
        {
            return null;
        }

        return context => (ValidationRule)Activator.CreateInstance(type, context)!;
    }

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        $"{message} @ {string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))}";
}
