using BpjsTk.GraphQL.Language;

namespace BpjsTk.Api.Tests.TestHost;

internal sealed record ParsedOperation(OperationType Type, string? Name, IReadOnlyList<ParsedVariable> Variables, IReadOnlyList<ParsedField> Selections);
