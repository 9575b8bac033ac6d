using System.Text.Json;
using BpjsTk.Api.GraphQLHttp;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BpjsTk.Api.Tests.GraphQLHttp;

public sealed class GraphQLHttpRequestReaderTests
{
    private const string Query = "query($nik: String!) { membership(nik: $nik, purpose: \"LOAD-MIX\") { status } }";

    [Fact]
    public async Task Variables_keep_their_values_after_the_server_reuses_the_body_memory_for_another_request()
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query = Query, variables = new { nik = "3509011504850001" } });
        var next = JsonSerializer.SerializeToUtf8Bytes(new { query = Query, variables = new { nik = "9171010101900009" } });
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Features.Set<IRequestBodyPipeFeature>(new PipeBodyFeature(new RecyclingPipeReader(body, next)));

        using var read = await GraphQLHttpRequestReader.ReadPostAsync(context.Request, new GraphQLHttpOptions(), CancellationToken.None);

        Assert.Null(read.Error);
        Assert.Equal(Query, read.Request!.Query);
        Assert.Equal("3509011504850001", read.Request.Variables!.Value.GetProperty("nik").GetString());
    }
}
