using BpjsTk.GraphQL;

namespace BpjsTk.Api.Tests.TestHost;

internal sealed class FixedSchemaSyntaxException(string message, SourceLocation location) : Exception(message)
{
    public SourceLocation Location { get; } = location;
}
