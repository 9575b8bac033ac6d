using BpjsTk.Data.Partners;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>Adds a partner by code, or replaces the name and kind of the one with that code.</summary>
internal static class PartnerWrites
{
    public static async Task<object> RegisterAsync(IngestionWrite<RegisterPartnerInput> write, CancellationToken ct)
    {
        var (db, input, _, _) = write;
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Code == input.Code, ct).ConfigureAwait(false);
        if (partner is null)
        {
            partner = new Partner { Code = input.Code, Name = input.Name };
            db.Partners.Add(partner);
        }

        partner.Name = input.Name;
        partner.Kind = input.Kind;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return partner;
    }
}
