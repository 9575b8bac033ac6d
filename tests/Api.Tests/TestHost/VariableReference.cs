namespace BpjsTk.Api.Tests.TestHost;

internal sealed record VariableReference(string Name);
