namespace BpjsTk.GraphQL.Tests.Validation.Conformance;

/// <summary>One case of the graphql-js validation suite as the YAML files hold it.</summary>
public sealed class ConformanceCase
{
    public string Name { get; set; } = "";

    public string Rule { get; set; } = "";

    /// <summary>An index into schemas.yml, or the schema's SDL itself.</summary>
    public string Schema { get; set; } = "";

    public string Query { get; set; } = "";

    public List<ConformanceError> Errors { get; set; } = [];

    /// <summary>A stable, readable key: the spec file, the case's index in it, and its name.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string Key { get; set; } = "";
}
