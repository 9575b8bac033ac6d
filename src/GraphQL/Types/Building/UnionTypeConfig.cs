namespace BpjsTk.GraphQL.Types;

/// <summary>A union being built.</summary>
internal sealed class UnionTypeConfig : TypeConfig
{
    public override TypeKind Kind => TypeKind.Union;

    public List<string> Types { get; } = [];

    public ResolveType? ResolveType { get; set; }
}
