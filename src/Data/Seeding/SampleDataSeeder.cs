using BpjsTk.Data.Employers;
using BpjsTk.Data.Geography;
using BpjsTk.Data.Offices;
using BpjsTk.Data.Participants;
using BpjsTk.Data.Partners;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Reference;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Seeding;

/// <summary>
/// Loads the reference and sample data in one transaction. Every row is matched by its stable code first, so
/// seeding again adds only what is missing; an interrupted run leaves nothing behind.
/// </summary>
public static class SampleDataSeeder
{
    /// <summary>The month BPJS Ketenagakerjaan began operating; office assignments start here.</summary>
    private static readonly Month NetworkStart = new(2014, 1);

    /// <param name="nikHashKey">The server's secret for hashing NIKs (at least 16 bytes); the host decides where it comes from.</param>
    public static async Task<SeedResult> SeedAsync(BpjsTkDbContext db, byte[] nikHashKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hasher = new NikHasher(nikHashKey);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = new SeedLookup();
        var rows = 0;
        rows += await SeedProgramsAsync(db, ids, cancellationToken);
        rows += await SeedGeographyAsync(db, ids, cancellationToken);
        rows += await SeedOfficesAsync(db, ids, cancellationToken);
        var (sourceRows, newSources) = await SeedSourcesAsync(db, ids, cancellationToken);
        rows += sourceRows;
        rows += await SeedPartnersAsync(db, ids, cancellationToken);
        rows += await SeedFiguresAsync(db, ids, newSources, cancellationToken);
        rows += await SeedMembersAsync(db, ids, hasher, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SeedResult(rows);
    }

    private static async Task<int> SeedProgramsAsync(BpjsTkDbContext db, SeedLookup ids, CancellationToken cancellationToken)
    {
        var categories = await db.ParticipantCategories.Select(c => c.Code).ToListAsync(cancellationToken);
        db.ParticipantCategories.AddRange(ProgramCatalogue.Categories().Where(c => !categories.Contains(c.Code)));
        var programs = await db.Programs.Select(p => p.Code).ToListAsync(cancellationToken);
        db.Programs.AddRange(ProgramCatalogue.Programs().Where(p => !programs.Contains(p.Code)));
        var rows = await db.SaveChangesAsync(cancellationToken);

        var eligibilities = await db.ProgramEligibilities.Select(e => new { e.Category, e.Program }).ToListAsync(cancellationToken);
        db.ProgramEligibilities.AddRange(ProgramCatalogue.Eligibilities()
            .Where(e => !eligibilities.Contains(new { e.Category, e.Program })));
        var rules = await db.ContributionRules.Select(r => new { r.Program, r.Category, r.RiskClass, r.EffectiveFrom }).ToListAsync(cancellationToken);
        db.ContributionRules.AddRange(ProgramCatalogue.ContributionRules()
            .Where(r => !rules.Contains(new { r.Program, r.Category, r.RiskClass, r.EffectiveFrom })));
        rows += await db.SaveChangesAsync(cancellationToken);
        rows += await AddMissingAsync(db, db.Occupations, ProgramCatalogue.Occupations(), o => o.Code, o => o.Id, ids.Occupations, cancellationToken);
        return rows;
    }

    private static async Task<int> SeedGeographyAsync(BpjsTkDbContext db, SeedLookup ids, CancellationToken cancellationToken)
    {
        var rows = await AddMissingAsync(
            db,
            db.Regions,
            RegionPlan.Regions.Select(r => new Region { Code = r.Code, Name = r.Name, FullName = r.FullName }),
            r => r.Code,
            r => r.Id,
            ids.Regions,
            cancellationToken);
        rows += await AddMissingAsync(
            db,
            db.Provinces,
            ReferenceGeography.Provinces.Select(p => new Province
            {
                Code = p.Code,
                Name = p.Name,
                RegionId = ids.Regions[RegionPlan.ForProvince(p.Code).Code],
            }),
            p => p.Code,
            p => p.Id,
            ids.Provinces,
            cancellationToken);
        rows += await AddMissingAsync(
            db,
            db.Regencies,
            ReferenceGeography.Regencies.Select(r => new Regency
            {
                Code = r.Code,
                CompactCode = Regency.Compact(r.Code),
                Name = r.Name,
                Kind = r.Kind,
                ProvinceId = ids.Provinces[r.ProvinceCode],
            }),
            r => r.Code,
            r => r.Id,
            ids.Regencies,
            cancellationToken);
        return rows;
    }

    private static async Task<int> SeedOfficesAsync(BpjsTkDbContext db, SeedLookup ids, CancellationToken cancellationToken)
    {
        var existing = await db.Offices.Select(o => o.Code).ToListAsync(cancellationToken);
        var missing = OfficeNetworkPlan.Offices.Where(o => !existing.Contains(o.Code)).ToList();
        var regionOfRegency = ReferenceGeography.Regencies.ToDictionary(
            r => r.Code,
            r => ids.Regions[RegionPlan.ForProvince(r.ProvinceCode).Code],
            StringComparer.Ordinal);

        var rows = 0;
        foreach (var kind in new[] { OfficeKind.Branch, OfficeKind.SubBranchOffice })
        {
            foreach (var planned in missing.Where(o => o.Kind == kind))
            {
                Office office = kind == OfficeKind.Branch
                    ? new Branch { Code = planned.Code, Name = planned.Name, Town = planned.Town }
                    : new SubBranchOffice
                    {
                        Code = planned.Code,
                        Name = planned.Name,
                        Town = planned.Town,
                        BranchId = SeedLookup.Find(ids.Offices, planned.BranchCode!),
                    };
                office.RegionId = regionOfRegency[planned.RegencyCode];
                office.RegencyId = ids.Regencies[planned.RegencyCode];
                office.RegencyAssignments = planned.ServedRegencyCodes
                    .Select(code => new OfficeRegencyAssignment { RegencyId = ids.Regencies[code], ValidFrom = NetworkStart })
                    .ToList();
                db.Offices.Add(office);
            }

            rows += await db.SaveChangesAsync(cancellationToken);
            foreach (var office in await db.Offices.Select(o => new { o.Code, o.Id }).ToListAsync(cancellationToken))
            {
                ids.Offices[office.Code] = office.Id;
            }
        }

        return rows;
    }

    private static async Task<(int Rows, IReadOnlyList<string> NewSources)> SeedSourcesAsync(BpjsTkDbContext db, SeedLookup ids, CancellationToken cancellationToken)
    {
        var existing = await db.Sources.Select(s => s.Code).ToListAsync(cancellationToken);
        var newSources = ArticleSources.All().Where(s => !existing.Contains(s.Code)).Select(s => s.Code).ToList();
        var rows = await AddMissingAsync(db, db.Sources, ArticleSources.All(), s => s.Code, s => s.Id, ids.Sources, cancellationToken);
        return (rows, newSources);
    }

    private static async Task<int> SeedPartnersAsync(BpjsTkDbContext db, SeedLookup ids, CancellationToken cancellationToken)
    {
        var rows = await AddMissingAsync(db, db.Partners, PartnerCatalogue.Partners(), p => p.Code, p => p.Id, ids.Partners, cancellationToken);
        var programs = PartnerCatalogue.Programs().Select(p => new PartnerProgram
        {
            Code = p.Code,
            Name = p.Name,
            Kind = p.Kind,
            Status = p.Status,
            PartnerId = SeedLookup.Find(ids.Partners, p.PartnerCode),
            SourceId = SeedLookup.Find(ids.Sources, p.SourceCode),
            StartsIn = p.StartsIn,
            LegalBasis = p.LegalBasis,
            Description = p.Description,
            Offices = p.OfficeCodes.Select(code => new PartnerProgramOffice { OfficeId = SeedLookup.Find(ids.Offices, code) }).ToList(),
            Areas =
            [
                .. p.RegionCodes.Select(code => new PartnerProgramArea { RegionId = SeedLookup.Find(ids.Regions, code) }),
                .. p.ProvinceCodes.Select(code => new PartnerProgramArea { ProvinceId = SeedLookup.Find(ids.Provinces, code) }),
                .. p.RegencyCodes.Select(code => new PartnerProgramArea { RegencyId = SeedLookup.Find(ids.Regencies, code) }),
            ],
        });
        rows += await AddMissingAsync(db, db.PartnerPrograms, programs, p => p.Code, p => p.Id, ids.PartnerPrograms, cancellationToken);
        return rows;
    }

    // A source's figures are loaded with the source itself, so a source that exists already has all of them.
    private static async Task<int> SeedFiguresAsync(BpjsTkDbContext db, SeedLookup ids, IReadOnlyList<string> newSources, CancellationToken cancellationToken)
    {
        foreach (var source in newSources)
        {
            var sourceId = ids.Sources[source];
            db.CoverageFigures.AddRange(WithSource(ArticleFigures.CoverageFigures(source, ids), f => f.SourceId = sourceId));
            db.Targets.AddRange(WithSource(ArticleFigures.Targets(source, ids), t => t.SourceId = sourceId));
            db.WorkforcePotentials.AddRange(WithSource(ArticleFigures.WorkforcePotentials(source, ids), w => w.SourceId = sourceId));
        }

        return await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<int> SeedMembersAsync(BpjsTkDbContext db, SeedLookup ids, NikHasher hasher, CancellationToken cancellationToken)
    {
        var employerIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var npps = SampleMembers.Employers.Select(e => e.Npp).ToList();
        var kpjs = SampleMembers.Participants.Select(p => p.Kpj).ToList();

        // Only the sample rows are read back: a generated database holds millions of members.
        var rows = await AddMissingAsync(
            db,
            db.Employers.Where(e => npps.Contains(e.Npp)),
            SampleMembers.Employers.Select(e => new Employer
            {
                Npp = e.Npp,
                Nib = e.Nib,
                Name = e.Name,
                RegencyId = ids.Regencies[e.RegencyCode],
                OfficeId = SeedLookup.Find(ids.Offices, e.OfficeCode),
                Industry = e.Industry,
                SizeClass = e.SizeClass,
                JkkRiskClass = e.JkkRiskClass,
                Status = e.Status,
                RegisteredOn = e.RegisteredOn,
            }),
            e => e.Npp,
            e => e.Id,
            employerIds,
            cancellationToken);
        rows += await AddMissingAsync(
            db,
            db.Participants.Where(p => kpjs.Contains(p.Kpj)),
            SampleMembers.Participants.Select(p => new Participant
            {
                Kpj = p.Kpj,
                NikHash = hasher.Hash(p.Nik),
                Category = p.Category,
                OccupationId = p.OccupationCode is null ? null : SeedLookup.Find(ids.Occupations, p.OccupationCode),
                EmployerId = p.EmployerNpp is null ? null : SeedLookup.Find(employerIds, p.EmployerNpp),
                RegencyId = ids.Regencies[p.RegencyCode],
                OfficeId = SeedLookup.Find(ids.Offices, p.OfficeCode),
                Programs = p.Programs,
                Status = p.Status,
                RegisteredOn = p.RegisteredOn,
                PaidThrough = p.PaidThrough,
                EnrolledThroughPartnerProgramId = p.PartnerProgramCode is null ? null : SeedLookup.Find(ids.PartnerPrograms, p.PartnerProgramCode),
            }),
            p => p.Kpj,
            p => p.Id,
            new Dictionary<string, int>(StringComparer.Ordinal),
            cancellationToken);
        return rows;
    }

    private static IEnumerable<T> WithSource<T>(IEnumerable<T> rows, Action<T> setSource)
    {
        foreach (var row in rows)
        {
            setSource(row);
            yield return row;
        }
    }

    // Adds the wanted rows whose code is not stored yet, saves, and records every stored row's id by code.
    private static async Task<int> AddMissingAsync<T>(
        BpjsTkDbContext db,
        IQueryable<T> set,
        IEnumerable<T> wanted,
        Func<T, string> code,
        Func<T, int> id,
        Dictionary<string, int> ids,
        CancellationToken cancellationToken)
        where T : class
    {
        var stored = await set.AsNoTracking().ToListAsync(cancellationToken);
        var storedCodes = stored.Select(code).ToHashSet(StringComparer.Ordinal);
        var missing = wanted.Where(row => !storedCodes.Contains(code(row))).ToList();
        db.AddRange(missing);
        var rows = await db.SaveChangesAsync(cancellationToken);
        foreach (var row in stored.Concat(missing))
        {
            ids[code(row)] = id(row);
        }

        return rows;
    }
}
