using System.CommandLine;
using BpjsTk.Api.Cli;

namespace BpjsTk.Api.Tests.Cli;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_the_address_it_listens_on_and_stops_when_cancelled()
    {
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var parse = ApiCommandLine.Create().Parse(["serve", "--urls", "http://127.0.0.1:0"]);

        var running = parse.InvokeAsync(new InvocationConfiguration { Output = output, ProcessTerminationTimeout = null }, stop.Token);
        for (var attempt = 0; attempt < 500 && !output.ToString().Contains("listening", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(20);
        }
        await stop.CancelAsync();

        Assert.Equal(0, await running);
        Assert.Matches(@"^BpjsTk is listening on http://127\.0\.0\.1:\d+/graphql/ ", output.ToString());
    }
}
