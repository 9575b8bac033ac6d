namespace BpjsTk.GraphQL.Tests.Data;

public sealed class Country
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<Town> Towns { get; set; } = [];
}
