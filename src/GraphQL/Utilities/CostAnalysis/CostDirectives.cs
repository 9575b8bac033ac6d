namespace BpjsTk.GraphQL.Utilities.CostAnalysis;

/// <summary>
/// The directives of the IBM GraphQL Cost Directive specification that <see cref="CostAnalyzer"/> reads.
/// A schema declares them by adding <see cref="Sdl"/> (<c>SchemaBuilder.AddSdl(CostDirectives.Sdl)</c>) and applies them in SDL or code.
/// </summary>
public static class CostDirectives
{
    /// <summary>The name of <c>@cost</c>.</summary>
    public const string CostName = "cost";

    /// <summary>The name of <c>@listSize</c>.</summary>
    public const string ListSizeName = "listSize";

    /// <summary>The definitions of <c>@cost</c> and <c>@listSize</c> as the cost directive specification gives them.</summary>
    public const string Sdl = """
        "The estimated cost of a field, argument, input field or of every field returning the type; a number written as a string."
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

        "How many items a list field returns: the value of a slicing argument, else the assumed size; sizedFields name the child lists the size applies to (connections)."
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        """;
}
