using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>The schema the transport tests run against, until the real engine serves the domain schema.</summary>
internal static class FixedSchema
{
    /// <summary>The schema's SDL as the engine prints it; <c>__type</c> and <c>__typename</c> are implicit.</summary>
    public const string Sdl =
        """
        type Query {
          greeting: String
          failing: String
          slow: String
          echo(text: String!): String
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

    /// <summary>The engine's schema built from <see cref="Sdl"/>: what the SDL endpoints print.</summary>
    public static GraphQL.Types.Schema Build() => SchemaBuilder.FromDocument(GraphQLParser.Parse(Sdl)).Build();

    public static readonly IReadOnlySet<string> TypeNames = new HashSet<string> { "Query", "Mutation", "String", "Int", "Boolean", "__Type" };
}
