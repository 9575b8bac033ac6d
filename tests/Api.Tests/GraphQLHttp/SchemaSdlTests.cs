using System.Net;
using BpjsTk.Api.Tests.TestHost;

namespace BpjsTk.Api.Tests.GraphQLHttp;

public sealed class SchemaSdlTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/schema.graphql")]
    public async Task Schema_is_served_as_sdl_text(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TransportSchema.Sdl, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_schema_the_sdl_is_404_with_a_reason()
    {
        await using var bare = ApiFactory.WithoutSchema();

        var response = await bare.CreateClient().GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no GraphQL schema", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
