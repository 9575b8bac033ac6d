using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace BpjsTk.GraphQL.Data.Paging;

/// <summary>
/// Opaque cursors: base64 of the row's zero-based position in the filtered, ordered list. Clients must
/// treat them as opaque; the position is meaningful only with the same <c>where</c> and <c>order</c>.
/// </summary>
internal static class CursorCodec
{
    private const string Prefix = "i:";

    public static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + index.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int index)
    {
        index = -1;
        if (!Base64.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
