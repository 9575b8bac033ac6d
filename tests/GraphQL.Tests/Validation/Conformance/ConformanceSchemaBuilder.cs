using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Validation.Conformance;

/// <summary>
/// Builds a conformance schema from its SDL as graphql-js's buildSchema does; like it, every built schema has the
/// introspection types and the <c>__schema</c> and <c>__type</c> fields (spec 4.2) the cases query.
/// </summary>
internal static class ConformanceSchemaBuilder
{
    public static Schema Build(string sdl)
    {
        var builder = SchemaBuilder.FromDocument(GraphQLParser.Parse(sdl));

        // graphql-js's test gives this scalar a parseLiteral that returns undefined; the SDL alone cannot say so
        if (sdl.Contains("scalar CustomScalar", StringComparison.Ordinal))
        {
            builder.AddType(new UndefinedLiteralScalar("CustomScalar"));
        }

        return builder.Build();
    }
}
