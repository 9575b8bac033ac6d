using System.Buffers;
using System.IO.Compression;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.GraphQLHttp;

/// <summary>
/// Bounds a GraphQL POST body before anything reads it: a declared length past <see cref="GraphQLHttpOptions.MaxRequestBytes"/>
/// is 413 unread; a body of unknown length or in gzip is read (and decoded) into memory up to one byte past the limit,
/// so neither a 100 MB stream nor a gzip bomb is ever held whole, and later readers see a plain body of known length.
/// Other content encodings are 415.
/// </summary>
internal sealed class GraphQLRequestBodyMiddleware(RequestDelegate next, IOptions<GraphQLHttpOptions> options)
{
    private const int ChunkBytes = 16 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments(GraphQLHttpEndpoints.Route))
        {
            await next(context);
            return;
        }

        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            await RejectAsync(context, GraphQLHttpRequestReader.TooLarge(options.Value));
            return;
        }

        // Our limit decides, also when it is above the server's own default (Kestrel's 30 MB).
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + 1;
        }

        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        var isGzip = string.Equals(encoding, "gzip", StringComparison.OrdinalIgnoreCase);
        if (!isGzip && encoding.Length > 0 && !string.Equals(encoding, "identity", StringComparison.OrdinalIgnoreCase))
        {
            await RejectAsync(context, new(StatusCodes.Status415UnsupportedMediaType, TransportErrorCodes.UnsupportedMediaType,
                $"Content-Encoding '{encoding}' is not accepted; send the body as is or in gzip."));
            return;
        }

        if (isGzip || request.ContentLength is null)
        {
            var (body, error) = await BufferAsync(request.Body, isGzip, options.Value, context.RequestAborted);
            if (error is not null)
            {
                await RejectAsync(context, error);
                return;
            }

            context.Response.RegisterForDispose(body!);
            request.Body = body!;
            request.ContentLength = body!.Length;
            request.Headers.ContentEncoding = default;
        }

        await next(context);
    }

    private static async Task<(MemoryStream? Body, TransportError? Error)> BufferAsync(Stream source, bool isGzip, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        var body = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            await using var decoded = isGzip ? new GZipStream(source, CompressionMode.Decompress, leaveOpen: true) : null;
            var input = decoded ?? source;
            int read;
            while ((read = await input.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                body.Write(chunk, 0, read);
                if (body.Length > options.MaxRequestBytes)
                {
                    return (null, GraphQLHttpRequestReader.TooLarge(options));
                }
            }
        }
        catch (InvalidDataException)
        {
            return (null, new(StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidContentEncoding, "The request body is not valid gzip."));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode is StatusCodes.Status413PayloadTooLarge)
        {
            // a gzip stream can be long and decode to little (empty members); the raw bytes hit the server's own limit
            return (null, GraphQLHttpRequestReader.TooLarge(options));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        body.Position = 0;
        return (body, null);
    }

    private static Task RejectAsync(HttpContext context, TransportError error) =>
        GraphQLResponseWriter.WriteErrorAsync(context.Response, ResponseMediaType.Select(context.Request) ?? GraphQLMediaTypes.GraphQLResponse, error, context.RequestAborted);
}
