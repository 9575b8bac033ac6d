using System.Security.Cryptography;
using System.Text;

namespace BpjsTk.Data.Participants;

/// <summary>Keyed hash of a NIK, so a NIK can be looked up without ever being stored.</summary>
public sealed class NikHasher
{
    private readonly byte[] _key;

    public NikHasher(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16)
        {
            throw new ArgumentException("The NIK hashing key must be at least 16 bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    public const int HashLength = 32;

    public byte[] Hash(string nik)
    {
        ArgumentNullException.ThrowIfNull(nik);
        return HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(nik));
    }
}
