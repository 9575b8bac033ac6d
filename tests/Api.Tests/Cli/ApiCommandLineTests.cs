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
    public async Task Export_schema_without_a_schema_fails_with_a_reason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bpjstk-schema-{Guid.NewGuid():N}.graphql");
        var error = new StringWriter();

        var exitCode = await ApiCommandLine.Create().Parse(["export-schema", file])
            .InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = error });

        Assert.Equal(1, exitCode);
        Assert.Contains("No GraphQL schema is configured", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }
}
