using BpjsTk.Api.Tests.TestHost;
using Xunit.Abstractions;

namespace BpjsTk.Api.Tests.BananaCakePop;

/// <summary>
/// Banana Cake Pop in headless Debian Chromium against the server on a real port, with the product's
/// schema over a freshly seeded database: the page loads offline, "Create Document" introspects the
/// endpoint and finds the Query fields, and the opening document returns data.
/// </summary>
public sealed class BananaCakePopBrowserTest(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Steps = "load,schema,query";

    [Fact]
    public async Task Banana_cake_pop_loads_offline_from_the_server()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium");
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Database:InitializeOnStart"] = "true" }, withSchema: false);
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
        Assert.Contains("ok schema: introspection found the query type Query with fields", report, StringComparison.Ordinal);
        Assert.Contains("\"activeParticipants\":48858", report, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 0, "no screenshot was saved");
    }
}
