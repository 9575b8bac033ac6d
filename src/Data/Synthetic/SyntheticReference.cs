using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Synthetic;

/// <summary>The reference data a run builds on: regencies in code order, the offices serving each, and the BPU occupations.</summary>
internal sealed record SyntheticReference(
    IReadOnlyList<ReferenceRegency> Regencies,
    IReadOnlyList<int[]> OfficesByRegency,
    IReadOnlyList<ReferenceOccupation> Occupations)
{
    public static async Task<SyntheticReference> LoadAsync(BpjsTkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var regencies = await db.Regencies.AsNoTracking()
            .OrderBy(r => r.Code)
            .Select(r => new ReferenceRegency(r.Id, r.CompactCode, r.Name, r.Kind, r.Province!.Code, r.Province.RegionId))
            .ToListAsync(cancellationToken);
        var occupations = await db.Occupations.AsNoTracking()
            .OrderBy(o => o.Id)
            .Select(o => new ReferenceOccupation(o.Id, o.Code))
            .ToListAsync(cancellationToken);
        if (regencies.Count == 0 || occupations.Count == 0)
        {
            throw new SyntheticDataException("The reference data (regencies, occupations) is missing; run 'migrate' and 'seed' before 'generate'.");
        }

        var assignments = await CurrentAssignmentsAsync(db, cancellationToken);
        var offices = regencies
            .Select(r => assignments.TryGetValue(r.Id, out var ids) ? ids : [])
            .ToList();
        return new SyntheticReference(regencies, offices, occupations);
    }

    /// <summary>Office ids serving each regency now (an open-ended assignment), in id order.</summary>
    public static async Task<Dictionary<int, int[]>> CurrentAssignmentsAsync(BpjsTkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.OfficeRegencyAssignments.AsNoTracking()
            .Where(a => a.ValidTo == null)
            .Select(a => new { a.RegencyId, a.OfficeId })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(a => a.RegencyId)
            .ToDictionary(g => g.Key, g => g.Select(a => a.OfficeId).Distinct().Order().ToArray());
    }
}
