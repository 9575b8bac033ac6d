namespace BpjsTk.GraphQL.Language;

/// <summary>A schema, type or directive definition (SDL).</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;
