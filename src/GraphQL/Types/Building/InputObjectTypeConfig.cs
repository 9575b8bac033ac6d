namespace BpjsTk.GraphQL.Types;

/// <summary>An input object being built.</summary>
internal sealed class InputObjectTypeConfig : TypeConfig
{
    public override TypeKind Kind => TypeKind.InputObject;

    public List<InputValueConfig> Fields { get; } = [];

    public HashSet<string> IgnoredMembers { get; } = new(StringComparer.Ordinal);

    public bool BindClrMembers { get; set; }
}
