namespace BpjsTk.GraphQL.Language;

/// <summary>An `extend` of a named type.</summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode
{
    /// <summary>The type's name.</summary>
    public abstract NameNode Name { get; init; }
}
