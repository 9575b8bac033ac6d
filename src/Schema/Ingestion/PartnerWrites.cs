using BpjsTk.Data.Partners;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>Adds a partner by code, or replaces the name and kind of the one with that code; the change is recorded under the code.</summary>
internal static class PartnerWrites
{
    public const string Entity = "Partner";

    public static async Task<object> RegisterAsync(IngestionWrite<RegisterPartnerInput> write, CancellationToken ct)
    {
        var (db, input, _, _, _) = write;
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Code == input.Code, ct).ConfigureAwait(false);
        var before = partner is null ? null : new RegisterPartnerInput { Code = partner.Code, Name = partner.Name, Kind = partner.Kind };
        if (partner is null)
        {
            partner = new Partner { Code = input.Code, Name = input.Name };
            db.Partners.Add(partner);
        }

        partner.Name = input.Name;
        partner.Kind = input.Kind;
        await write.SaveAsync(Entity, input.Code, before, ct).ConfigureAwait(false);
        return partner;
    }
}
