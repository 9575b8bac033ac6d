using BpjsTk.Data;
using BpjsTk.Data.Partners;
using BpjsTk.Data.Periods;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// Adds a partner programme by code, or replaces the details, offices and areas of the one with that code; the change is
/// recorded under the code, with the offices and areas as sorted code lists.
/// </summary>
internal static class PartnerProgramWrites
{
    public const string Entity = "PartnerProgram";

    public static async Task<object> RegisterAsync(IngestionWrite<RegisterPartnerProgramInput> write, CancellationToken ct)
    {
        var input = write.Input with { OfficeCodes = Sorted(write.Input.OfficeCodes), ProvinceCodes = Sorted(write.Input.ProvinceCodes), RegencyCodes = Sorted(write.Input.RegencyCodes) };
        write = write with { Input = input };
        var db = write.Db;
        var partnerId = await db.Partners.Where(p => p.Code == input.PartnerCode).Select(p => p.Id).SingleAsync(ct).ConfigureAwait(false);
        int? sourceId = input.SourceCode is null ? null : await db.Sources.Where(s => s.Code == input.SourceCode).Select(s => s.Id).SingleAsync(ct).ConfigureAwait(false);
        var officeIds = await db.Offices.Where(o => input.OfficeCodes!.Contains(o.Code)).Select(o => o.Id).ToListAsync(ct).ConfigureAwait(false);
        var provinceIds = await db.Provinces.Where(p => input.ProvinceCodes!.Contains(p.Code)).Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        var regencyIds = await db.Regencies.Where(r => input.RegencyCodes!.Contains(r.Code)).Select(r => r.Id).ToListAsync(ct).ConfigureAwait(false);
        var before = await BeforeAsync(db, input.Code, ct).ConfigureAwait(false);
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
        await write.SaveAsync(Entity, input.Code, before, ct).ConfigureAwait(false);
        return program;
    }

    private static async Task<RegisterPartnerProgramInput?> BeforeAsync(BpjsTkDbContext db, string code, CancellationToken ct)
    {
        var stored = await db.PartnerPrograms.Where(p => p.Code == code)
            .Select(p => new
            {
                p.Code,
                p.Name,
                p.Kind,
                p.Status,
                PartnerCode = p.Partner!.Code,
                p.StartsIn,
                p.EndsIn,
                p.LegalBasis,
                p.Description,
                SourceCode = p.Source == null ? null : p.Source.Code,
                OfficeCodes = p.Offices.Select(o => o.Office!.Code).ToList(),
                ProvinceCodes = p.Areas.Where(a => a.ProvinceId != null).Select(a => a.Province!.Code).ToList(),
                RegencyCodes = p.Areas.Where(a => a.RegencyId != null).Select(a => a.Regency!.Code).ToList(),
            })
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return stored is null ? null : new RegisterPartnerProgramInput
        {
            Code = stored.Code,
            Name = stored.Name,
            Kind = stored.Kind,
            Status = stored.Status,
            PartnerCode = stored.PartnerCode,
            StartsIn = stored.StartsIn?.ToString(),
            EndsIn = stored.EndsIn?.ToString(),
            LegalBasis = stored.LegalBasis,
            Description = stored.Description,
            SourceCode = stored.SourceCode,
            OfficeCodes = Sorted(stored.OfficeCodes),
            ProvinceCodes = Sorted(stored.ProvinceCodes),
            RegencyCodes = Sorted(stored.RegencyCodes),
        };
    }

    private static string[] Sorted(IEnumerable<string>? codes) => [.. (codes ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // rows kept when wanted again, so sending the same programme twice changes nothing
    private static void Replace<TRow, TKey>(List<TRow> current, IEnumerable<TRow> wanted, Func<TRow, TKey> key)
        where TKey : notnull
    {
        var wantedByKey = wanted.ToDictionary(key);
        current.RemoveAll(row => !wantedByKey.Remove(key(row)));
        current.AddRange(wantedByKey.Values);
    }
}
