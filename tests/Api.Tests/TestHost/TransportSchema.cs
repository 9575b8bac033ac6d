using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>
/// The small schema the transport tests run against on the engine's <c>RequestExecutor</c>: <c>failing</c> always
/// fails, <c>slow</c> waits for cancellation (so the transport's timeout and client disconnects can be observed).
/// </summary>
internal sealed class TransportSchema
{
    /// <summary>The schema's SDL as the engine prints it.</summary>
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

    private readonly TaskCompletionSource _slowStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _counter;

    public TransportSchema() => Schema = SchemaBuilder.FromSdl(Sdl)
        .BindResolver("Query", "greeting", _ => new("Selamat datang"))
        .BindResolver("Query", "failing", _ => throw new GraphQLException(GraphQLError.WithCode("The failing field always fails.", ErrorCodes.InternalError)))
        .BindResolver("Query", "slow", WaitForCancellationAsync)
        .BindResolver("Query", "echo", context => new(context.ArgumentValue<string>("text")))
        .BindResolver("Mutation", "increment", _ => new(Interlocked.Increment(ref _counter)))
        .Build();

    public GraphQL.Types.Schema Schema { get; }

    /// <summary>Completes when a <c>slow</c> field starts waiting.</summary>
    public Task SlowFieldStarted => _slowStarted.Task;

    private async ValueTask<object?> WaitForCancellationAsync(IResolverContext context)
    {
        _slowStarted.TrySetResult();
        await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        return "never";
    }
}
