using BpjsTk.Data;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>The ids behind an office or area given by code; at most one is set, the rest null.</summary>
internal sealed record AreaIds(int? OfficeId, int? RegionId, int? ProvinceId, int? RegencyId)
{
    public static async Task<AreaIds> ResolveAsync(BpjsTkDbContext db, string? officeCode, string? regionCode, string? provinceCode, string? regencyCode, CancellationToken ct) =>
        new(
            officeCode is null ? null : await db.Offices.Where(o => o.Code == officeCode).Select(o => o.Id).SingleAsync(ct).ConfigureAwait(false),
            regionCode is null ? null : await db.Regions.Where(r => r.Code == regionCode).Select(r => r.Id).SingleAsync(ct).ConfigureAwait(false),
            provinceCode is null ? null : await db.Provinces.Where(p => p.Code == provinceCode).Select(p => p.Id).SingleAsync(ct).ConfigureAwait(false),
            regencyCode is null ? null : await db.Regencies.Where(r => r.Code == regencyCode).Select(r => r.Id).SingleAsync(ct).ConfigureAwait(false));
}
