namespace BpjsTk.Api.GraphQLHttp;

/// <summary>The media types of the GraphQL-over-HTTP specification.</summary>
internal static class GraphQLMediaTypes
{
    /// <summary>The response type of the specification; status codes carry meaning with it.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy response type (200 for every well-formed request) and the request body type.</summary>
    public const string Json = "application/json";

    public const string Html = "text/html";

    /// <summary>Reporting rows flattened for spreadsheets and BI tools (<see cref="CsvResponseWriter"/>); asked for explicitly.</summary>
    public const string Csv = CsvResponseWriter.MediaType;
}
