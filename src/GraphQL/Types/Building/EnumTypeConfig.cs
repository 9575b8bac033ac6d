namespace BpjsTk.GraphQL.Types;

/// <summary>An enum being built.</summary>
internal sealed class EnumTypeConfig : TypeConfig
{
    public override TypeKind Kind => TypeKind.Enum;

    public List<EnumValueConfig> Values { get; } = [];
}
