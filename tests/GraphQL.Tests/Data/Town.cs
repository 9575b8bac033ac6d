namespace BpjsTk.GraphQL.Tests.Data;

public sealed class Town
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public int Population { get; set; }

    public TownKind Kind { get; set; }

    public DateOnly Founded { get; set; }

    public Country? Country { get; set; }
}
