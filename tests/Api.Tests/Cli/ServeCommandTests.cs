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
        var parse = ApiCommandLine.Create().Parse(["serve", "--urls", "http://127.0.0.1:0", "--Database:InitializeOnStart=false"]);

        var running = parse.InvokeAsync(new InvocationConfiguration { Output = output, ProcessTerminationTimeout = null }, stop.Token);
        for (var attempt = 0; attempt < 500 && !output.ToString().Contains("listening", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(20);
        }
        await stop.CancelAsync();

        Assert.Equal(0, await running);
        Assert.Matches(@"^BpjsTk is listening on http://127\.0\.0\.1:\d+/graphql/ ", output.ToString());
    }

    [Fact]
    public async Task Serve_with_an_unreachable_database_prints_one_line_and_exits_non_zero()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = ApiCommandLine.Create().Parse([
            "serve", "--urls", "http://127.0.0.1:0", "--Database:Provider=Postgres",
            "--ConnectionStrings:Postgres=Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=2",
            "--Security:NikHashKey=" + Convert.ToBase64String(new byte[32])]);

        var exitCode = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null });

        Assert.Equal(1, exitCode);
        var lines = error.ToString().Trim().Split('\n');
        Assert.Single(lines);
        Assert.Contains("127.0.0.1", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("listening", output.ToString(), StringComparison.Ordinal);
    }
}
