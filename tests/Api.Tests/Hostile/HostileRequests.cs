using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace BpjsTk.Api.Tests.Hostile;

/// <summary>The requests of the hostile corpus, each built fresh (a request message is sent once).</summary>
internal static class HostileRequests
{
    public const long HundredMegabytes = 100L * 1024 * 1024;

    private static readonly Lazy<byte[]> Bomb = new(() =>
    {
        // 100 MB of one repeated byte deflates to about 100 KB
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            new ZeroStream(HundredMegabytes).CopyTo(gzip);
        }
        return compressed.ToArray();
    });

    /// <summary>The gzip bomb's compressed size, for the report.</summary>
    public static int BombBytes => Bomb.Value.Length;

    public static HttpRequestMessage Json(string body, string? contentEncoding = null, byte[]? raw = null)
    {
        var content = new ByteArrayContent(raw ?? Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (contentEncoding is not null)
        {
            content.Headers.ContentEncoding.Add(contentEncoding);
        }
        return Post(content);
    }

    public static HttpRequestMessage Batch(int operations) =>
        Json("[" + string.Join(",", Enumerable.Repeat("""{"query":"{ __typename }"}""", operations)) + "]");

    public static HttpRequestMessage GzipBomb() => Json("", "gzip", Bomb.Value);

    public static HttpRequestMessage Post(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }

    public static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}
