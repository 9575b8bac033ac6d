namespace BpjsTk.GraphQL.Language;

/// <summary>A named type's definition; every one has a name.</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    /// <summary>The type's name.</summary>
    public abstract NameNode Name { get; init; }
}
