using System.Text;
using BpjsTk.Api.ResponseCaching;

namespace BpjsTk.Api.Tests.ResponseCaching;

public sealed class ResponseFlightsTests
{
    private static readonly TimeSpan LongWait = TimeSpan.FromMinutes(5);
    private static readonly CachedResponse Answer = new("application/graphql-response+json", Encoding.UTF8.GetBytes("""{"data":{}}"""), "Regions");

    [Fact]
    public async Task Identical_requests_that_arrive_while_one_computes_share_its_answer_and_compute_nothing()
    {
        var flights = new ResponseFlights();
        var computations = 0;
        var leader = await flights.JoinAsync("k", LongWait, CancellationToken.None);
        var waiters = Enumerable.Range(0, 7).Select(_ => flights.JoinAsync("k", LongWait, CancellationToken.None)).ToList();
        await WaitUntilAsync(() => flights.Waiting == 7);

        Interlocked.Increment(ref computations);
        leader.Lead!.Share(Answer);
        var joined = await Task.WhenAll(waiters);

        Assert.Equal(1, computations);
        Assert.All(joined, join => Assert.Same(Answer, join.Shared));
        Assert.All(joined, join => Assert.Null(join.Lead));
    }

    [Fact]
    public async Task A_flight_that_ends_without_an_answer_sends_every_waiter_to_execute_itself()
    {
        var flights = new ResponseFlights();
        var leader = await flights.JoinAsync("k", LongWait, CancellationToken.None);
        var waiter = flights.JoinAsync("k", LongWait, CancellationToken.None);
        await WaitUntilAsync(() => flights.Waiting == 1);

        leader.Lead!.Dispose();
        var joined = await waiter;

        Assert.Null(joined.Lead);
        Assert.Null(joined.Shared);
        Assert.NotNull((await flights.JoinAsync("k", LongWait, CancellationToken.None)).Lead);
    }

    [Fact]
    public async Task A_waiter_that_gives_up_does_not_cancel_the_flight_or_the_other_waiters()
    {
        var flights = new ResponseFlights();
        var leader = await flights.JoinAsync("k", LongWait, CancellationToken.None);
        using var gone = new CancellationTokenSource();
        var leaving = flights.JoinAsync("k", LongWait, gone.Token);
        var staying = flights.JoinAsync("k", LongWait, CancellationToken.None);
        await WaitUntilAsync(() => flights.Waiting == 2);

        await gone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        leader.Lead!.Share(Answer);

        Assert.Same(Answer, (await staying).Shared);
    }

    [Fact]
    public async Task A_waiter_executes_itself_once_its_wait_is_over()
    {
        var flights = new ResponseFlights();
        using var leader = (await flights.JoinAsync("k", LongWait, CancellationToken.None)).Lead;

        var joined = await flights.JoinAsync("k", TimeSpan.Zero, CancellationToken.None);

        Assert.Null(joined.Lead);
        Assert.Null(joined.Shared);
        Assert.Equal(0, flights.Waiting);
    }

    [Fact]
    public async Task Different_keys_fly_apart()
    {
        var flights = new ResponseFlights();
        using var first = (await flights.JoinAsync("a", LongWait, CancellationToken.None)).Lead;
        using var second = (await flights.JoinAsync("b", LongWait, CancellationToken.None)).Lead;

        Assert.NotNull(first);
        Assert.NotNull(second);
    }

    // A guard against hanging, not a timing assertion: the waiters register within microseconds.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!condition())
        {
            await Task.Delay(5, guard.Token);
        }
    }
}
