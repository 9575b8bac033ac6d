using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>The SDL of the <see cref="GraphQL.Types.Schema"/> registered in the container, printed once (a schema does not change while the app runs).</summary>
internal sealed class PrintedSchemaSdlProvider(IServiceProvider services) : ISchemaSdlProvider
{
    private readonly Lazy<string?> _sdl = new(() => services.GetService<GraphQL.Types.Schema>() is { } schema ? SchemaPrinter.Print(schema) + "\n" : null);

    public string? GetSchemaSdl() => _sdl.Value;
}
