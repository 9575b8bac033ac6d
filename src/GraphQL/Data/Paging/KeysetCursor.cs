using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BpjsTk.GraphQL.Data.Sorting;

namespace BpjsTk.GraphQL.Data.Paging;

/// <summary>
/// Opaque keyset cursors: base64 of a version, a fingerprint of the order, and the row's values of every
/// sort key (the primary key last), so a page continues after a row, not after a position, and rows
/// inserted before it do not shift the next page. A cursor is valid only with the order it was made under.
/// </summary>
internal sealed class KeysetCursor
{
    private const string Version = "k1";
    private const char Separator = '|';

    private readonly IReadOnlyList<SortKey> _keys;
    private readonly string _fingerprint;

    public KeysetCursor(IReadOnlyList<SortKey> keys)
    {
        _keys = keys;
        var order = string.Join(",", keys.Select(k => $"{k.Selector.Body}{(k.Direction == SortDirection.Ascending ? '+' : '-')}"));
        _fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(order)), 0, 6);
    }

    public string Encode(IReadOnlyList<object?> values) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Version}{Separator}{_fingerprint}{Separator}{JsonSerializer.Serialize(values)}"));

    /// <summary>The key values of <paramref name="cursor"/>, or null when it is malformed, of another version, or made under another order.</summary>
    public IReadOnlyList<object?>? Decode(string cursor)
    {
        if (!Base64.IsValid(cursor))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(Separator, 3);
        if (parts.Length != 3 || parts[0] != Version || parts[1] != _fingerprint)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(parts[2]);
            if (json.RootElement.ValueKind != JsonValueKind.Array || json.RootElement.GetArrayLength() != _keys.Count)
            {
                return null;
            }

            var values = new object?[_keys.Count];
            var i = 0;
            foreach (var element in json.RootElement.EnumerateArray())
            {
                values[i] = element.Deserialize(_keys[i].Selector.ReturnType);
                if (values[i] is null && !_keys[i].IsNullable)
                {
                    return null;
                }

                i++;
            }

            return values;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
