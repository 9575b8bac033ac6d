namespace BpjsTk.Api.Tests.TestHost;

internal sealed record ParsedVariable(string Name, string TypeName, bool NonNull);
