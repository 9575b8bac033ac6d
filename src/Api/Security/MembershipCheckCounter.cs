using System.Text.Json;
using BpjsTk.GraphQL.Language;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Security;

/// <summary>
/// Counts the membership checks a document would run before it runs: each aliased check field is one,
/// a batch is as many as its applicants. A document that does not parse counts none; the engine reports it.
/// </summary>
internal static class MembershipCheckCounter
{
    public static int Count(string? query, string? operationName, JsonElement? variables, ParserOptions parserOptions)
    {
        if (query is null || !query.Contains("embership", StringComparison.Ordinal))
        {
            return 0;
        }

        DocumentNode document;
        try
        {
            document = GraphQLParser.Parse(query, parserOptions);
        }
        catch (GraphQLSyntaxException)
        {
            return 0;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => o.Name?.Value == operationName);
        if (operation is null || operation.Operation != OperationType.Query)
        {
            return 0;
        }

        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        return CountSelections(operation.SelectionSet, fragments, variables, new HashSet<string>(StringComparer.Ordinal));
    }

    private static int CountSelections(SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, JsonElement? variables, HashSet<string> visited)
    {
        var checks = 0;
        foreach (var selection in selectionSet.Selections)
        {
            checks += selection switch
            {
                FieldNode field => ChecksOf(field, variables),
                InlineFragmentNode inline => CountSelections(inline.SelectionSet, fragments, variables, visited),
                // Each fragment is counted once per document, as the executor merges a repeated spread into one field.
                FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment) =>
                    CountSelections(fragment.SelectionSet, fragments, variables, visited),
                _ => 0,
            };
        }

        return checks;
    }

    private static int ChecksOf(FieldNode field, JsonElement? variables) => field.Name.Value switch
    {
        MembershipCheckFields.Person or MembershipCheckFields.Employer => 1,
        MembershipCheckFields.Batch => BatchSize(field, variables),
        _ => 0,
    };

    private static int BatchSize(FieldNode field, JsonElement? variables)
    {
        var applicants = field.Arguments.FirstOrDefault(a => a.Name.Value == MembershipCheckFields.BatchApplicants)?.Value;
        return applicants switch
        {
            ListValueNode list => list.Values.Count,
            VariableNode variable when variables is { ValueKind: JsonValueKind.Object } values
                && values.TryGetProperty(variable.Name.Value, out var value) => value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 1,
            _ => 1,
        };
    }
}
