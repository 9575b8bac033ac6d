namespace BpjsTk.Data.Clients;

/// <summary>A system allowed to call the API (a regency's licensing office, a bank, a BI team). Its key is kept only as a hash.</summary>
public sealed class ApiClient
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Organisation { get; set; }

    /// <summary>The key's public prefix, printed in logs and listings and used to find the client; not secret.</summary>
    public required string KeyPrefix { get; set; }

    /// <summary>SHA-256 of the whole key; the key itself is shown once, when the client is added.</summary>
    public required byte[] KeyHash { get; set; }

    /// <summary>Space-separated scopes, e.g. "membership:check reports:read".</summary>
    public required string Scopes { get; set; }

    /// <summary>Space-separated compact regency codes (3509) whose applicants the client may check; null for any regency.</summary>
    public string? RegencyCodes { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
