namespace BpjsTk.Api.Security;

/// <summary>
/// The server secret that national ID numbers (NIK) are hashed with (HMAC-SHA256) before they are
/// stored or looked up, so that a NIK is never kept in clear.
/// </summary>
/// <param name="Bytes">At least 32 bytes of secret key material.</param>
/// <param name="IsGeneratedForDevelopment">True when the key was generated locally because none was configured.</param>
internal sealed record NikHashKey(byte[] Bytes, bool IsGeneratedForDevelopment);
