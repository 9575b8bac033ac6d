namespace BpjsTk.Api.GraphQLHttp;

/// <summary>Prints the served schema as SDL for <c>GET /graphql?sdl</c>, <c>/graphql/schema.graphql</c> and <c>export-schema</c>.</summary>
internal interface ISchemaSdlProvider
{
    /// <summary>The schema in the GraphQL schema definition language, or null when this build serves no schema.</summary>
    string? GetSchemaSdl();
}
