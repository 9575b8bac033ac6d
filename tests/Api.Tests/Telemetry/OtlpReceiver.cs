using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BpjsTk.Api.Tests.Telemetry;

/// <summary>
/// An OTLP/HTTP collector stand-in on a loopback port: keeps every protobuf body POSTed to <c>/v1/traces</c> and
/// <c>/v1/metrics</c> and answers 200 with an empty (valid) export response.
/// </summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    public string Address => _app.Urls.Single();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (HttpContext context, string signal) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            receiver._exports.Enqueue(("/v1/" + signal, body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>How many bodies were POSTed to <paramref name="path"/>.</summary>
    public int CountOf(string path) => _exports.Count(export => export.Path == path);

    /// <summary>
    /// True when a body POSTed to <paramref name="path"/> holds <paramref name="text"/> as UTF-8: protobuf writes strings
    /// (instrument, span and attribute names and values) as their raw UTF-8 bytes, so a name is found without decoding.
    /// </summary>
    public bool Received(string path, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return _exports.Any(export => export.Path == path && export.Body.AsSpan().IndexOf(needle) >= 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
