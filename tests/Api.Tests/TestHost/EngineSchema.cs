using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>A small schema the host's real engine pipeline runs: a list to price, a resolver that fails, one that never ends.</summary>
internal static class EngineSchema
{
    public const string Sdl =
        """
        type Query {
          greeting: String
          regions(first: Int): [Region]
          failing: String
          slow: String
          level(kind: Kind): String
        }

        type Region { code: String  name: String }

        enum Kind { PROVINCE REGENCY }
        """;

    /// <summary>What <c>failing</c> throws; it must never reach a response in Production.</summary>
    public const string FailureDetail = "Password=hunter2 was refused by 10.0.0.5";

    public static GraphQL.Types.Schema Build() => SchemaBuilder.FromDocument(GraphQLParser.Parse(Sdl))
        .BindResolver("Query", "greeting", _ => new ValueTask<object?>("Halo"))
        .BindResolver("Query", "regions", _ => new ValueTask<object?>(new[] { new Dictionary<string, object?> { ["code"] = "35", ["name"] = "Jawa Timur" } }))
        .BindResolver("Query", "failing", _ => throw new InvalidOperationException(FailureDetail))
        .BindResolver("Query", "slow", async context =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            return null;
        })
        .BindResolver("Query", "level", context => new ValueTask<object?>(context.ArgumentValue<object>("kind")?.ToString()))
        .Build();
}
