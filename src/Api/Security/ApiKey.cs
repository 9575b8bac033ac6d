using System.Security.Cryptography;
using System.Text;

namespace BpjsTk.Api.Security;

/// <summary>
/// An API key: a public prefix that finds the client, then a secret of 32 random bytes. Only the key's SHA-256 is stored;
/// a key this long needs no slow hash, since it cannot be guessed.
/// </summary>
internal static class ApiKey
{
    public const string Marker = "bpjstk_";

    public const int PrefixLength = 16;

    public static (string Key, string Prefix, byte[] Hash) Create()
    {
        var prefix = Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes((PrefixLength - Marker.Length + 1) / 2))[..(PrefixLength - Marker.Length)];
        var key = prefix + "." + Base64Url(RandomNumberGenerator.GetBytes(32));
        return (key, prefix, Hash(key));
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The prefix of a key as sent, or null when it cannot be one of ours.</summary>
    public static string? PrefixOf(string key) =>
        key.Length > PrefixLength + 1 && key.StartsWith(Marker, StringComparison.Ordinal) && key[PrefixLength] == '.' ? key[..PrefixLength] : null;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
