using BpjsTk.Data.Partners;
using BpjsTk.Data.Periods;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>Adds a partner programme by code, or replaces the details, offices and areas of the one with that code.</summary>
internal static class PartnerProgramWrites
{
    public static async Task<object> RegisterAsync(IngestionWrite<RegisterPartnerProgramInput> write, CancellationToken ct)
    {
        var (db, input, _, _) = write;
        var partnerId = await db.Partners.Where(p => p.Code == input.PartnerCode).Select(p => p.Id).SingleAsync(ct).ConfigureAwait(false);
        int? sourceId = input.SourceCode is null ? null : await db.Sources.Where(s => s.Code == input.SourceCode).Select(s => s.Id).SingleAsync(ct).ConfigureAwait(false);
        string[] officeCodes = [.. input.OfficeCodes ?? []], provinceCodes = [.. input.ProvinceCodes ?? []], regencyCodes = [.. input.RegencyCodes ?? []];
        var officeIds = await db.Offices.Where(o => officeCodes.Contains(o.Code)).Select(o => o.Id).ToListAsync(ct).ConfigureAwait(false);
        var provinceIds = await db.Provinces.Where(p => provinceCodes.Contains(p.Code)).Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        var regencyIds = await db.Regencies.Where(r => regencyCodes.Contains(r.Code)).Select(r => r.Id).ToListAsync(ct).ConfigureAwait(false);
        var program = await db.PartnerPrograms.Include(p => p.Offices).Include(p => p.Areas)
            .SingleOrDefaultAsync(p => p.Code == input.Code, ct).ConfigureAwait(false);
        if (program is null)
        {
            program = new PartnerProgram { Code = input.Code, Name = input.Name, Description = input.Description };
            db.PartnerPrograms.Add(program);
        }

        program.Name = input.Name;
        program.Kind = input.Kind;
        program.Status = input.Status;
        program.PartnerId = partnerId;
        program.StartsIn = input.StartsIn is null ? null : Month.Parse(input.StartsIn);
        program.EndsIn = input.EndsIn is null ? null : Month.Parse(input.EndsIn);
        program.LegalBasis = input.LegalBasis;
        program.Description = input.Description;
        program.SourceId = sourceId;
        Replace(program.Offices, officeIds.Select(id => new PartnerProgramOffice { OfficeId = id }), o => o.OfficeId);
        Replace(program.Areas, provinceIds.Select(id => new PartnerProgramArea { ProvinceId = id }).Concat(regencyIds.Select(id => new PartnerProgramArea { RegencyId = id })), a => (a.ProvinceId, a.RegencyId));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return program;
    }

    // rows kept when wanted again, so sending the same programme twice changes nothing
    private static void Replace<TRow, TKey>(List<TRow> current, IEnumerable<TRow> wanted, Func<TRow, TKey> key)
        where TKey : notnull
    {
        var wantedByKey = wanted.ToDictionary(key);
        current.RemoveAll(row => !wantedByKey.Remove(key(row)));
        current.AddRange(wantedByKey.Values);
    }
}
