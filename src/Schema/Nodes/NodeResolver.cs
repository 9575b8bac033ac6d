using BpjsTk.Data;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Nodes;

/// <summary>Fetches the entity a global ID names; unknown type names and missing rows give null, as the Relay spec asks.</summary>
internal static class NodeResolver
{
    public static async Task<object?> ResolveAsync(IDbContextFactory<BpjsTkDbContext> factory, NodeId id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return id.TypeName switch
        {
            NodeTypeNames.Region => await db.Regions.FirstOrDefaultAsync(e => e.Id == id.Key, cancellationToken).ConfigureAwait(false),
            NodeTypeNames.Province => await db.Provinces.FirstOrDefaultAsync(e => e.Id == id.Key, cancellationToken).ConfigureAwait(false),
            NodeTypeNames.Regency => await db.Regencies.FirstOrDefaultAsync(e => e.Id == id.Key, cancellationToken).ConfigureAwait(false),
            NodeTypeNames.Branch => await db.Branches.FirstOrDefaultAsync(e => e.Id == id.Key, cancellationToken).ConfigureAwait(false),
            NodeTypeNames.SubBranchOffice => await db.SubBranchOffices.FirstOrDefaultAsync(e => e.Id == id.Key, cancellationToken).ConfigureAwait(false),
            NodeTypeNames.Employer => await db.Employers.FirstOrDefaultAsync(e => e.Id == id.Key, cancellationToken).ConfigureAwait(false),
            NodeTypeNames.Partner => await db.Partners.FirstOrDefaultAsync(e => e.Id == id.Key, cancellationToken).ConfigureAwait(false),
            NodeTypeNames.PartnerProgram => await db.PartnerPrograms.FirstOrDefaultAsync(e => e.Id == id.Key, cancellationToken).ConfigureAwait(false),
            NodeTypeNames.Occupation => await db.Occupations.FirstOrDefaultAsync(e => e.Id == id.Key, cancellationToken).ConfigureAwait(false),
            NodeTypeNames.Source => await db.Sources.FirstOrDefaultAsync(e => e.Id == id.Key, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
    }
}
