namespace BpjsTk.Api.Tests.TestHost;

/// <summary>The schema the transport tests run against, until the real engine serves the domain schema.</summary>
internal static class FixedSchema
{
    public const string Sdl =
        """
        type Query {
          greeting: String
          failing: String
          slow: String
          echo(text: String!): String
          __type(name: String!): __Type
        }

        type Mutation {
          increment: Int
        }

        """;

    /// <summary>The fields of each root type; <c>__typename</c> is on both.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Fields = new Dictionary<string, IReadOnlySet<string>>
    {
        ["Query"] = new HashSet<string> { "__typename", "greeting", "failing", "slow", "echo", "__type" },
        ["Mutation"] = new HashSet<string> { "__typename", "increment" },
    };

    public static readonly IReadOnlySet<string> TypeNames = new HashSet<string> { "Query", "Mutation", "String", "Int", "Boolean", "__Type" };
}
