using BpjsTk.Api.Tests.TestHost;
using Xunit.Abstractions;

namespace BpjsTk.Api.Tests.BananaCakePop;

/// <summary>
/// Banana Cake Pop in headless Debian Chromium against the server on a real port. The node script's
/// <c>schema</c> (introspection through "Create Document") and <c>query</c> (running the configured
/// document) steps need the engine's introspection: add them to <see cref="Steps"/> once it serves the schema.
/// </summary>
public sealed class BananaCakePopBrowserTest(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Steps = "load";

    [Fact]
    public async Task Banana_cake_pop_loads_offline_from_the_server()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium");
        await using var factory = new ApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var origin = factory.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "banana-cake-pop.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        var (exitCode, report) = await NodeScript.RunAsync("browser-smoke.mjs", [origin, screenshot, "--steps=" + Steps], TimeSpan.FromMinutes(2));

        output.WriteLine(report);
        Assert.True(exitCode == 0, report);
        Assert.Contains("ok load: \"BpjsTk\" rendered", report, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 0, "no screenshot was saved");
    }
}
