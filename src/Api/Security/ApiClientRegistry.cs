using BpjsTk.Data;
using BpjsTk.Data.Clients;
using BpjsTk.Schema.Membership;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Api.Security;

/// <summary>Adds, lists and revokes API clients. The key of a new client is returned once and never stored.</summary>
public sealed class ApiClientRegistry(IDbContextFactory<BpjsTkDbContext> databases, TimeProvider time)
{
    /// <summary>Adds a client; returns its key, which only its hash outlives.</summary>
    public async Task<string> AddAsync(string name, string organisation, IReadOnlyCollection<string> scopes, IReadOnlyCollection<string>? regencyCodes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(scopes);
        if (scopes.Count == 0 || scopes.Any(s => !ApiScopes.All.Contains(s)))
        {
            throw new ArgumentException($"Scopes are one or more of: {string.Join(", ", ApiScopes.All)}.", nameof(scopes));
        }

        var regencies = regencyCodes?.Select(c => c.Replace(".", "", StringComparison.Ordinal)).ToList() ?? [];
        if (regencies.Any(c => c.Length != 4 || !c.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("Regency codes are two digits of the province and two of the regency, e.g. 35.09.", nameof(regencyCodes));
        }

        var (key, prefix, hash) = ApiKey.Create();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ApiClients.Add(new ApiClient
        {
            Name = name,
            Organisation = organisation,
            KeyPrefix = prefix,
            KeyHash = hash,
            Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal)),
            RegencyCodes = regencies.Count > 0 ? string.Join(' ', regencies) : null,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.ApiClients.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes the named client's key; false when there is no such active client.</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var client = await db.ApiClients.FirstOrDefaultAsync(c => c.Name == name && c.RevokedAt == null, cancellationToken);
        if (client is null)
        {
            return false;
        }

        client.RevokedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
