using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data.Paging;

/// <summary>Generates HotChocolate's paging types: <c>XConnection</c>, <c>XEdge</c>, <c>PageInfo</c>, <c>XCollectionSegment</c>, <c>CollectionSegmentInfo</c>.</summary>
internal sealed class PagingTypeFactory(SchemaCompleter completer)
{
    public string EnsureConnection(string nodeName, PagingOptions options)
    {
        EnsureObject("PageInfo", "Information about pagination in a connection.", [
            ("hasNextPage", "Boolean!", "Indicates whether more edges exist following the set defined by the clients arguments."),
            ("hasPreviousPage", "Boolean!", "Indicates whether more edges exist prior the set defined by the clients arguments."),
            ("startCursor", "String", "When paginating backwards, the cursor to continue."),
            ("endCursor", "String", "When paginating forwards, the cursor to continue."),
        ]);
        var edge = EnsureObject($"{nodeName}Edge", "An edge in a connection.", [
            ("cursor", "String!", "A cursor for use in pagination."),
            ("node", $"{nodeName}!", "The item at the end of the edge."),
        ]);
        var fields = new List<(string, string, string)>
        {
            ("pageInfo", "PageInfo!", "Information to aid in pagination."),
            ("edges", $"[{edge}!]", "A list of edges."),
            ("nodes", $"[{nodeName}!]", "A flattened list of the nodes."),
        };
        if (options.IncludeTotalCount)
        {
            fields.Add(("totalCount", "Int!", "Identifies the total count of items in the connection."));
        }

        return EnsureObject($"{nodeName}Connection", "A connection to a list of items.", fields);
    }

    public string EnsureSegment(string nodeName, PagingOptions options)
    {
        EnsureObject("CollectionSegmentInfo", "Information about the offset pagination.", [
            ("hasNextPage", "Boolean!", "Indicates whether more items exist following the set defined by the clients arguments."),
            ("hasPreviousPage", "Boolean!", "Indicates whether more items exist prior the set defined by the clients arguments."),
        ]);
        var fields = new List<(string, string, string)>
        {
            ("pageInfo", "CollectionSegmentInfo!", "Information to aid in pagination."),
            ("items", $"[{nodeName}!]", "A flattened list of the items."),
        };
        if (options.IncludeTotalCount)
        {
            fields.Add(("totalCount", "Int!", "Identifies the total count of items in the segment."));
        }

        return EnsureObject($"{nodeName}CollectionSegment", "A segment of a collection.", fields);
    }

    private string EnsureObject(string name, string description, IEnumerable<(string Name, string Type, string Description)> fields)
    {
        if (completer.TryGetConfig(name, out _))
        {
            return name;
        }

        var config = new OutputTypeConfig(TypeKind.Object) { Name = name, Description = description };
        foreach (var (fieldName, type, fieldDescription) in fields)
        {
            config.Fields.Add(new FieldConfig { Name = fieldName, Type = TypeReference.Parse(type), Description = fieldDescription });
        }

        completer.AddType(config);
        return name;
    }
}
