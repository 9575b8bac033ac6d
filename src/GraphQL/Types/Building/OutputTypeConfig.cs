namespace BpjsTk.GraphQL.Types;

/// <summary>An object or interface type being built.</summary>
internal sealed class OutputTypeConfig(TypeKind kind) : TypeConfig
{
    public override TypeKind Kind { get; } = kind;

    public List<string> Interfaces { get; } = [];

    public List<FieldConfig> Fields { get; } = [];

    public IsTypeOf? IsTypeOf { get; set; }

    public ResolveType? ResolveType { get; set; }

    /// <summary>Property names of the bound CLR type left out of the schema.</summary>
    public HashSet<string> IgnoredMembers { get; } = new(StringComparer.Ordinal);

    public bool BindClrMembers { get; set; }
}
