namespace BpjsTk.GraphQL.Language;

/// <summary>An `extend ...` of the schema or of a type.</summary>
public abstract record TypeSystemExtensionNode : DefinitionNode;
