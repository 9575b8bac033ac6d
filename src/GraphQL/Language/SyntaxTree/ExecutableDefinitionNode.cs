namespace BpjsTk.GraphQL.Language;

/// <summary>An operation or a fragment definition.</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode;
