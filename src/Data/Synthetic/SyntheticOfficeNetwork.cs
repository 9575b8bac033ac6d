using System.Globalization;
using BpjsTk.Data.Geography;
using BpjsTk.Data.Offices;
using BpjsTk.Data.Periods;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Synthetic;

/// <summary>
/// Completes the office network so every regency is served: regencies no office serves yet are grouped per province,
/// about four to a branch, and every other regency of a group gets a pioneer office (KCP) of its own, which gives the
/// agency's proportions (about 123 branches and 202 KCPs for 514 regencies). Independent of the seed, and idempotent.
/// </summary>
internal static class SyntheticOfficeNetwork
{
    private const int RegenciesPerBranch = 4;

    private static readonly Month ServingSince = new(2000, 1);

    /// <returns>The number of offices added.</returns>
    public static async Task<int> CompleteAsync(BpjsTkDbContext db, CancellationToken cancellationToken)
    {
        var served = (await SyntheticReference.CurrentAssignmentsAsync(db, cancellationToken)).Keys.ToList();
        var unserved = await db.Regencies.AsNoTracking()
            .Where(r => !served.Contains(r.Id))
            .OrderBy(r => r.Code)
            .Select(r => new { r.Id, r.Name, r.Kind, r.ProvinceId, r.Province!.RegionId })
            .ToListAsync(cancellationToken);
        if (unserved.Count == 0)
        {
            return 0;
        }

        var codes = (await db.Offices.Select(o => o.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var province in unserved.GroupBy(r => r.ProvinceId))
        {
            foreach (var group in province.Chunk(RegenciesPerBranch))
            {
                var seat = group[0];
                var town = TownOf(seat.Name);
                var branch = new Branch
                {
                    Code = UniqueCode("KC", town, seat.Kind, codes),
                    Name = "Kantor Cabang " + town,
                    Town = town,
                    RegionId = seat.RegionId,
                    RegencyId = seat.Id,
                };
                db.Add(branch);
                added++;
                for (var i = 0; i < group.Length; i++)
                {
                    var regency = group[i];
                    Office servingOffice = branch;
                    if (i % 2 == 1)
                    {
                        var kcpTown = TownOf(regency.Name);
                        servingOffice = new SubBranchOffice
                        {
                            Code = UniqueCode("KCP", kcpTown, regency.Kind, codes),
                            Name = "Kantor Cabang Perintis " + kcpTown,
                            Town = kcpTown,
                            RegionId = regency.RegionId,
                            RegencyId = regency.Id,
                            Branch = branch,
                        };
                        db.Add(servingOffice);
                        added++;
                    }

                    db.Add(new OfficeRegencyAssignment { Office = servingOffice, RegencyId = regency.Id, ValidFrom = ServingSince });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return added;
    }

    /// <summary>"Kabupaten Jember" is served from the town of Jember; "Kota Malang" from Malang.</summary>
    private static string TownOf(string regencyName)
    {
        foreach (var prefix in new[] { "Kabupaten Administrasi ", "Kabupaten ", "Kota Administrasi ", "Kota " })
        {
            if (regencyName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return regencyName[prefix.Length..];
            }
        }

        return regencyName;
    }

    private static string UniqueCode(string kind, string town, RegencyKind regencyKind, HashSet<string> taken)
    {
        var stem = kind + "-" + town.ToUpperInvariant().Replace(' ', '-').Replace(".", string.Empty, StringComparison.Ordinal);
        var code = taken.Contains(stem) && regencyKind == RegencyKind.Kota ? stem + "-KOTA" : stem;
        for (var n = 2; taken.Contains(code); n++)
        {
            code = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        taken.Add(code);
        return code;
    }
}
