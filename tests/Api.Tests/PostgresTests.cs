using BpjsTk.TestSupport;

namespace BpjsTk.Api.Tests;

/// <summary>One PostgreSQL cluster for every PostgreSQL test class in this assembly.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
