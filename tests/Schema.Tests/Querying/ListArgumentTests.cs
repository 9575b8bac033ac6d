using BpjsTk.GraphQL.Types;

namespace BpjsTk.Schema.Tests.Querying;

public sealed class ListArgumentTests
{
    private static readonly GraphQL.Types.Schema Product = BpjsTkSchema.Build();

    [Fact]
    public void Every_list_of_entities_filters_sorts_and_takes_a_size()
    {
        // an entity is a Node; a list of them is a list field, a connection or a segment of them
        var lacking = new List<string>();
        foreach (var type in Product.Types.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsPage(t)))
        {
            foreach (var field in type.Fields)
            {
                if (EntityList(field) && !(Has(field, "where") && Has(field, "order") && (Has(field, "first") || Has(field, "take"))))
                {
                    lacking.Add(field.Coordinate);
                }
            }
        }

        // nodes(ids:) fetches what the client names; a figure's sources are the few it cites
        string[] known = ["CoverageRow.sources", "Query.nodes"];
        Assert.True(lacking.Order(StringComparer.Ordinal).SequenceEqual(known), string.Join(", ", lacking));
    }

    private static bool EntityList(OutputField field)
    {
        var named = field.Type.NamedType();
        if (IsEntity(named) && field.Type.IsListType())
        {
            return true;
        }

        return named is ObjectType page && IsPage(page) && page.Fields.Any(f => f.Name is "nodes" or "items" && IsEntity(f.Type.NamedType()));
    }

    private static bool IsPage(ObjectType type) =>
        type.Name.EndsWith("Connection", StringComparison.Ordinal) || type.Name.EndsWith("Edge", StringComparison.Ordinal) || type.Name.EndsWith("CollectionSegment", StringComparison.Ordinal);

    private static bool IsEntity(INamedType type) =>
        type is ComplexOutputType complex && (complex.Name == "Node" || complex.Interfaces.Any(i => i.Name == "Node"));

    private static bool Has(OutputField field, string argument) => field.Arguments.TryGetField(argument, out _);
}
