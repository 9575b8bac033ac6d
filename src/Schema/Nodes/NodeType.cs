using BpjsTk.GraphQL.Execution.DataLoading;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Schema.Nodes;

/// <summary>The Node interface and its root fields <c>node(id:)</c> and <c>nodes(ids:)</c> (Relay's Global Object Identification).</summary>
internal static class NodeType
{
    public static SchemaBuilder AddNodeInterface(this SchemaBuilder builder) =>
        builder.AddInterfaceType(d => d
            .Name("Node")
            .Description("An object with a global ID: base64 of \"TypeName:key\", usable with node(id:).")
            .Field("id").Type("ID!"));

    public static void AddNodeFields(ObjectTypeDescriptor query)
    {
        query.Field("node")
            .Description("Fetches any object by its global ID.")
            .Type("Node")
            .Argument("id", a => a.Type("ID!"))
            .Resolve(ctx => ResolveAsync(ctx, ctx.ArgumentValue<string>("id")));
        query.Field("nodes")
            .Description("Fetches objects by their global IDs, null where an ID names nothing.")
            .Type("[Node]!")
            .Argument("ids", a => a.Type("[ID!]!"))
            .Resolve(ctx =>
            {
                Task<object?[]> nodes;
                using (ctx.DeferDispatch())
                {
                    nodes = Task.WhenAll(ctx.ArgumentValue<string[]>("ids").Select(id => ResolveAsync(ctx, id)).ToList());
                }

                return nodes;
            });
    }

    /// <summary>Gives an object type the Node interface and an <c>id</c> field that encodes <paramref name="key"/>.</summary>
    public static void ImplementNode<T>(ObjectTypeDescriptor<T> descriptor, string typeName, Func<T, int> key)
    {
        descriptor.Name(typeName).Implements("Node");
        descriptor.Field("id")
            .Description("The global ID of this object.")
            .Type("ID!")
            .Resolve(ctx => new NodeId(typeName, key(ctx.Parent<T>())).Serialize());
    }

    // every ID's load is queued before the dispatch, so each entity type is read in one batch
    private static Task<object?> ResolveAsync(IResolverContext context, string id) =>
        NodeId.TryParse(id, out var nodeId) ? NodeResolver.ResolveAsync(context, nodeId) : Task.FromResult<object?>(null);
}
