using System.Globalization;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Utilities.CostAnalysis;

/// <summary>
/// The pre-execution limits on an operation's shape: fields, aliases, directives per location, depth and
/// introspection depth (<see cref="OperationLimitsOptions"/>). Fragments count as expanded at every spread, but
/// each fragment is measured once and reused, so a fragment bomb costs the analyser one pass over the text.
/// Each limit gives at most one error, with its code from <see cref="ErrorCodes"/>, the limit and the measured value.
/// </summary>
public static class OperationLimitsAnalyzer
{
    /// <summary>The limit errors of <paramref name="operation"/>; empty when it is within every limit.</summary>
    public static IReadOnlyList<GraphQLError> Analyze(DocumentNode document, OperationDefinitionNode operation, OperationLimitsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        options ??= OperationLimitsOptions.Default;
        var walker = new OperationLimitsWalker(document, options);
        walker.CheckDirectives(operation.Directives, operation);
        foreach (var variable in operation.VariableDefinitions)
        {
            walker.CheckDirectives(variable.Directives, variable);
        }

        var measure = walker.Measure(operation.SelectionSet);
        var errors = new List<GraphQLError>();
        if (walker.DirectivesError is { } directives)
        {
            errors.Add(directives);
        }

        var location = Locate(operation);
        if (walker.TooDeep || measure.Depth > options.MaxDepth)
        {
            errors.Add(LimitError(
                walker.TooDeep ? "The operation nests too deeply to be measured." : Invariant($"The operation nests {measure.Depth} fields deep; at most {options.MaxDepth} are allowed."),
                ErrorCodes.MaxDepth,
                options.MaxDepth,
                measure.Depth,
                location));
        }

        if (measure.IntrospectionDepth > options.MaxIntrospectionDepth)
        {
            errors.Add(LimitError(Invariant($"The introspection nests {measure.IntrospectionDepth} fields deep; at most {options.MaxIntrospectionDepth} are allowed."), ErrorCodes.MaxIntrospectionDepth, options.MaxIntrospectionDepth, measure.IntrospectionDepth, location));
        }

        if (measure.Fields > options.MaxFields)
        {
            errors.Add(LimitError(Invariant($"The operation selects {measure.Fields} fields; at most {options.MaxFields} are allowed."), ErrorCodes.MaxFields, options.MaxFields, measure.Fields, location));
        }

        if (measure.Aliases > options.MaxAliases)
        {
            errors.Add(LimitError(Invariant($"The operation uses {measure.Aliases} aliases; at most {options.MaxAliases} are allowed."), ErrorCodes.MaxAliases, options.MaxAliases, measure.Aliases, location));
        }

        return errors;
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static SourceLocation[]? Locate(SyntaxNode node) =>
        node.Location.IsKnown ? [new SourceLocation(node.Location.Line, node.Location.Column)] : null;

    internal static GraphQLError LimitError(string message, string code, long limit, long actual, SourceLocation[]? locations) =>
        new(message, locations, null, new Dictionary<string, object?> { ["code"] = code, ["limit"] = limit, ["actual"] = actual });
}
