namespace BpjsTk.GraphQL.Tests.Data;

public enum TownKind
{
    Village,
    City,
}
