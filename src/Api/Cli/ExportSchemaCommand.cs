using System.CommandLine;
using BpjsTk.Api.GraphQLHttp;
using BpjsTk.Api.Hosting;

namespace BpjsTk.Api.Cli;

/// <summary><c>export-schema &lt;file&gt;</c>: writes the schema's SDL to a file without starting the server.</summary>
internal sealed class ExportSchemaCommand : Command
{
    private readonly Argument<FileInfo> _file = new("file") { Description = "Where to write the schema (e.g. schema.graphql)." };

    public ExportSchemaCommand()
        : base("export-schema", "Write the GraphQL schema as SDL to a file.")
    {
        Add(_file);
        TreatUnmatchedTokensAsErrors = false;
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var file = parseResult.GetRequiredValue(_file);
        await using var app = ApiApplication.Build([.. parseResult.UnmatchedTokens]);
        var sdl = app.Services.GetRequiredService<ISchemaSdlProvider>().GetSchemaSdl();
        if (sdl is null)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync("No GraphQL schema is configured in this build; nothing to export.");
            return 1;
        }
        await File.WriteAllTextAsync(file.FullName, sdl, cancellationToken);
        await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Schema written to {file.FullName}");
        return 0;
    }
}
