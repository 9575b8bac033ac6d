using BpjsTk.GraphQL.Tests.Validation.Conformance;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Validation;

/// <summary>graphql-js's validation test schema (QueryRoot with dog, cat, human, pets and complicatedArgs), the first of the conformance schemas.</summary>
internal static class ValidationTestSchema
{
    public static Schema Instance => ConformanceSuite.GetSchema("0");
}
