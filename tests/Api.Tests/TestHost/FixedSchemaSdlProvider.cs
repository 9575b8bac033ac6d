using BpjsTk.Api.GraphQLHttp;

namespace BpjsTk.Api.Tests.TestHost;

internal sealed class FixedSchemaSdlProvider : ISchemaSdlProvider
{
    public string GetSchemaSdl() => FixedSchema.Sdl;
}
