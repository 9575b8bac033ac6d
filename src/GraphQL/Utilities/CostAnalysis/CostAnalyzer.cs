using System.Globalization;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Utilities.CostAnalysis;

/// <summary>
/// Static cost of an operation before it runs, in the shape of the IBM GraphQL Cost Directive specification:
/// a field costs its <c>@cost(weight:)</c>, else its type's, else 1 for composite and 0 for leaf types; arguments
/// given add their <c>@cost</c>; a list field multiplies its cost and its selections' by its size (the largest
/// slicing argument given, else the argument's default, else <c>@listSize(assumedSize:)</c>, else
/// <see cref="CostOptions.DefaultListSize"/>). Fragments are costed once each and reused for every spread.
/// The document must be valid (spec 5); selections on abstract types add up every branch, an upper bound.
/// Introspection (<c>__schema</c>, <c>__type</c>) costs nothing here: <see cref="OperationLimitsAnalyzer"/> bounds its depth.
/// </summary>
public static class CostAnalyzer
{
    /// <summary>Computes the cost of <paramref name="operation"/> with the coerced <paramref name="variables"/>.</summary>
    public static OperationCost Analyze(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables = null,
        CostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        options ??= CostOptions.Default;
        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return new OperationCost(0, options.MaxCost, []);
        }

        var calculator = new CostCalculator(schema, document, variables ?? new Dictionary<string, object?>(), options);
        var cost = calculator.SelectionSetCost(operation.SelectionSet, rootType, null);
        var errors = new List<GraphQLError>(calculator.Errors);
        if (calculator.TooDeep || cost > options.MaxCost)
        {
            var message = calculator.TooDeep
                ? "The operation nests too deeply for its cost to be computed."
                : string.Create(CultureInfo.InvariantCulture, $"The operation's static cost of {cost:0.##} is above the limit of {options.MaxCost:0.##}.");
            errors.Add(new GraphQLError(
                message,
                operation.Location.IsKnown ? [new SourceLocation(operation.Location.Line, operation.Location.Column)] : null,
                null,
                new Dictionary<string, object?> { ["code"] = ErrorCodes.MaxCost, ["cost"] = cost, ["maxCost"] = options.MaxCost }));
        }

        var typeCost = new CostCalculator(schema, document, variables ?? new Dictionary<string, object?>(), options, countObjects: true)
            .SelectionSetCost(operation.SelectionSet, rootType, null);
        return new OperationCost(cost, options.MaxCost, errors) { TypeCost = typeCost };
    }
}
