using System.CommandLine;
using BpjsTk.Api.Cli;

namespace BpjsTk.Api.Tests.Cli;

public sealed class ApiCommandLineTests
{
    [Fact]
    public void Hosting_options_pass_through_to_configuration()
    {
        var result = ApiCommandLine.Create().Parse(["serve", "--urls", "http://127.0.0.1:6000", "GraphQL:MaxRequestBytes=2048"]);

        Assert.Empty(result.Errors);
        Assert.Equal("serve", result.CommandResult.Command.Name);
        Assert.Equal(["--urls", "http://127.0.0.1:6000", "GraphQL:MaxRequestBytes=2048"], result.UnmatchedTokens);
    }

    [Fact]
    public void Export_schema_requires_a_file()
    {
        var result = ApiCommandLine.Create().Parse(["export-schema"]);

        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task Export_schema_writes_the_product_schema_as_sdl()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bpjstk-schema-{Guid.NewGuid():N}.graphql");
        var output = new StringWriter();

        var exitCode = await ApiCommandLine.Create().Parse(["export-schema", file])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = TextWriter.Null });

        Assert.Equal(0, exitCode);
        var sdl = await File.ReadAllTextAsync(file);
        File.Delete(file);
        Assert.Contains("type Query {", sdl, StringComparison.Ordinal);
        Assert.Contains("coverage(", sdl, StringComparison.Ordinal);
        Assert.Contains("Schema written to", output.ToString(), StringComparison.Ordinal);
    }
}
