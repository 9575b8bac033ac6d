using BpjsTk.Data;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.Schema.Nodes;

/// <summary>
/// Fetches the entity a global ID names through the request's by-ID DataLoaders, so the IDs of one request
/// cost one statement per entity type; unknown type names and missing rows give null, as the Relay spec asks.
/// </summary>
internal static class NodeResolver
{
    public static Task<object?> ResolveAsync(IResolverContext context, NodeId id) => id.TypeName switch
    {
        NodeTypeNames.Region => Load(context, "regionById", id.Key, (db, keys) => db.Regions.Where(e => keys.Contains(e.Id)), e => e.Id),
        NodeTypeNames.Province => Load(context, "provinceById", id.Key, (db, keys) => db.Provinces.Where(e => keys.Contains(e.Id)), e => e.Id),
        NodeTypeNames.Regency => Load(context, "regencyById", id.Key, (db, keys) => db.Regencies.Where(e => keys.Contains(e.Id)), e => e.Id),
        NodeTypeNames.Branch => Load(context, "branchById", id.Key, (db, keys) => db.Branches.Where(e => keys.Contains(e.Id)), e => e.Id),
        NodeTypeNames.SubBranchOffice => Load(context, "subBranchOfficeById", id.Key, (db, keys) => db.SubBranchOffices.Where(e => keys.Contains(e.Id)), e => e.Id),
        NodeTypeNames.Employer => Load(context, "employerById", id.Key, (db, keys) => db.Employers.Where(e => keys.Contains(e.Id)), e => e.Id),
        NodeTypeNames.Partner => Load(context, "partnerById", id.Key, (db, keys) => db.Partners.Where(e => keys.Contains(e.Id)), e => e.Id),
        NodeTypeNames.PartnerProgram => Load(context, "partnerProgramById", id.Key, (db, keys) => db.PartnerPrograms.Where(e => keys.Contains(e.Id)), e => e.Id),
        NodeTypeNames.Occupation => Load(context, "occupationById", id.Key, (db, keys) => db.Occupations.Where(e => keys.Contains(e.Id)), e => e.Id),
        NodeTypeNames.Source => Load(context, "sourceById", id.Key, (db, keys) => db.Sources.Where(e => keys.Contains(e.Id)), e => e.Id),
        _ => Task.FromResult<object?>(null),
    };

    private static async Task<object?> Load<T>(IResolverContext context, string loader, int key, Func<BpjsTkDbContext, IReadOnlyList<int>, IQueryable<T>> query, Func<T, int> keyOf)
        where T : class =>
        await context.LoadByIdAsync(loader, key, query, keyOf).ConfigureAwait(false);
}
