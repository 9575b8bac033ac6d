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
        // A NIK is 16 characters: its bytes go on the stack, so a check allocates only the hash it keeps.
        var length = Encoding.ASCII.GetByteCount(nik);
        Span<byte> bytes = length <= 64 ? stackalloc byte[length] : new byte[length];
        Encoding.ASCII.GetBytes(nik, bytes);
        var hash = new byte[HashLength];
        HMACSHA256.HashData(_key, bytes, hash);
        return hash;
    }
}
