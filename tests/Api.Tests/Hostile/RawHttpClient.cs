using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace BpjsTk.Api.Tests.Hostile;

/// <summary>
/// Sends one HTTP/1.1 POST over a plain socket, writing the body while it reads the answer, as an attacker's script
/// would: a server that answers 413 and closes the connection mid-body is read as answered, not as a failed send
/// (HttpClient reports the broken pipe of its unfinished upload instead of the early response).
/// </summary>
internal static class RawHttpClient
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(Uri server, Stream body, long? declaredLength)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var head = new StringBuilder()
            .Append("POST /graphql HTTP/1.1\r\n")
            .Append($"Host: {server.Authority}\r\n")
            .Append("Content-Type: application/json\r\nAccept: application/graphql-response+json\r\n")
            .Append(declaredLength is { } length ? $"Content-Length: {length}\r\n" : "Transfer-Encoding: chunked\r\n")
            .Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));

        var sending = SendBodyAsync(stream, body, chunked: declaredLength is null);
        var answer = await ReadToEndAsync(stream);
        await sending;
        return Parse(answer);
    }

    private static async Task SendBodyAsync(NetworkStream stream, Stream body, bool chunked)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                if (chunked)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"{read:x}\r\n"));
                }
                await stream.WriteAsync(buffer.AsMemory(0, read));
                if (chunked)
                {
                    await stream.WriteAsync("\r\n"u8.ToArray());
                }
            }
        }
        catch (IOException)
        {
            // the server stopped reading and closed the connection: what a bounded server does
        }
    }

    private static async Task<byte[]> ReadToEndAsync(NetworkStream stream)
    {
        using var answer = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                answer.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (answer.Length > 0)
        {
            // a reset after the answer arrived
        }
        return answer.ToArray();
    }

    private static (HttpStatusCode Status, JsonElement Body) Parse(byte[] answer)
    {
        var text = Encoding.UTF8.GetString(answer);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = text[..split];
        var status = (HttpStatusCode)int.Parse(headers.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var content = text[(split + 4)..];
        if (headers.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            content = Dechunk(content);
        }
        return (status, JsonDocument.Parse(content).RootElement.Clone());
    }

    private static string Dechunk(string content)
    {
        var result = new StringBuilder();
        var position = 0;
        while (true)
        {
            var lineEnd = content.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = Convert.ToInt32(content[position..lineEnd], 16);
            if (size == 0)
            {
                return result.ToString();
            }
            result.Append(content, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }
}
