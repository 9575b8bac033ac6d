using BpjsTk.GraphQL.Execution;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution.Processing;

public sealed class CancellationTests
{
    private static GraphQL.Types.Schema WaitingSchema() => Schema(
        "type Query { slow: String  fast: String }",
        ("Query.slow", async c =>
        {
            await Task.Delay(Timeout.Infinite, c.RequestAborted);
            return "never";
        }),
        ("Query.fast", Value("done")));

    [Fact]
    public async Task A_resolver_still_running_at_the_execution_timeout_ends_the_request_with_the_timeout_code()
    {
        var result = await ExecuteAsync(WaitingSchema(), Prepare("{ fast slow }"), options: ExecutionOptions.Default with { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });

        Assert.False(result.IsRequestError);
        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors).Code);
        Assert.Contains("\"data\":null", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resolver_that_ignores_its_token_cannot_hold_the_request_past_the_timeout()
    {
        var never = new TaskCompletionSource<object?>();
        var schema = Schema("type Query { stuck: String }", ("Query.stuck", _ => new ValueTask<object?>(never.Task)));

        var result = await ExecuteAsync(schema, Prepare("{ stuck }"), options: ExecutionOptions.Default with { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task The_caller_cancelling_ends_the_request_with_operation_cancelled()
    {
        using var caller = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Schema("type Query { slow: String }", ("Query.slow", async c =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, c.RequestAborted);
            return "never";
        }));

        var running = ExecuteAsync(schema, Prepare("{ slow }"), cancellationToken: caller.Token);
        await started.Task;
        await caller.CancelAsync();

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(caller.Token, cancelled.CancellationToken);
    }
}
