using System.Globalization;
using System.Text;

namespace BpjsTk.Schema.Nodes;

/// <summary>A global object ID as HotChocolate writes it: base64 of <c>TypeName:key</c>.</summary>
public readonly record struct NodeId(string TypeName, int Key)
{
    public string Serialize() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{TypeName}:{Key}")));

    public static bool TryParse(string? value, out NodeId id)
    {
        id = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var buffer = new byte[((value.Length * 3) / 4) + 3];
        if (!Convert.TryFromBase64String(value, buffer, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, written);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            return false;
        }

        id = new NodeId(text[..colon], key);
        return true;
    }
}
