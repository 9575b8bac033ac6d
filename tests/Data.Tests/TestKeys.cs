namespace BpjsTk.Data.Tests;

internal static class TestKeys
{
    /// <summary>A fixed NIK hashing key, so hashes are comparable across runs.</summary>
    public static byte[] NikHashKey { get; } = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
}
