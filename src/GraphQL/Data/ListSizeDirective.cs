namespace BpjsTk.GraphQL.Data;

/// <summary>The IBM cost specification's <c>@listSize</c>, which tells cost analysis how many items a paged field returns.</summary>
internal static class ListSizeDirective
{
    public const string Name = "listSize";

    public const string Definition =
        "directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION";
}
