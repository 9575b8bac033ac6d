using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// The SHA-256 hash of a document's UTF-8 text in lowercase hex: the document cache's key and the id of a persisted
/// (trusted) document, as Apollo's <c>persistedQuery.sha256Hash</c> spells it.
/// </summary>
public static class DocumentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            return Of(buffer.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string Of(ReadOnlySpan<byte> utf8) => Convert.ToHexStringLower(SHA256.HashData(utf8));
}
