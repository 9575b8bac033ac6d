using BpjsTk.Data.Geography;
using BpjsTk.Data.Offices;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Tests.Synthetic;

/// <summary>A migrated database with a slice of the real reference data: three provinces, twelve regencies, an office network serving each.</summary>
internal static class SyntheticTestReference
{
    public const string JemberBranchCode = "KC-JEMBER";

    public static async Task<DatabaseSettings> CreateAsync(TestDatabases databases, DatabaseProvider provider, string name)
    {
        var settings = await databases.CreateAsync(provider, name);
        await using var db = settings.CreateContext();
        await db.Database.MigrateAsync();

        var jatim = new Region { Code = "JATIM", Name = "Jawa Timur", FullName = "Kantor Wilayah Jawa Timur" };
        var dki = new Region { Code = "DKI", Name = "DKI Jakarta", FullName = "Kantor Wilayah DKI Jakarta" };
        var banuspa = new Region { Code = "BANUSPA", Name = "Banuspa", FullName = "Kantor Wilayah Bali, Nusa Tenggara dan Papua" };
        var east = new Province { Code = "35", Name = "Jawa Timur", Region = jatim };
        var jakarta = new Province { Code = "31", Name = "Daerah Khusus Ibukota Jakarta", Region = dki };
        var ntb = new Province { Code = "52", Name = "Nusa Tenggara Barat", Region = banuspa };
        Regency Regency(Province province, string code, string name) => new()
        {
            Code = code,
            CompactCode = Data.Geography.Regency.Compact(code),
            Name = name,
            Kind = name.StartsWith("Kota", StringComparison.Ordinal) ? RegencyKind.Kota : RegencyKind.Kabupaten,
            Province = province,
        };

        var jember = Regency(east, "35.09", "Kabupaten Jember");
        var lumajang = Regency(east, "35.08", "Kabupaten Lumajang");
        var bondowoso = Regency(east, "35.11", "Kabupaten Bondowoso");
        var surabaya = Regency(east, "35.78", "Kota Surabaya");
        var others = new[]
        {
            Regency(east, "35.07", "Kabupaten Malang"),
            Regency(east, "35.73", "Kota Malang"),
            Regency(jakarta, "31.71", "Kota Administrasi Jakarta Pusat"),
            Regency(jakarta, "31.74", "Kota Administrasi Jakarta Selatan"),
            Regency(jakarta, "31.01", "Kabupaten Administrasi Kepulauan Seribu"),
            Regency(ntb, "52.01", "Kabupaten Lombok Barat"),
            Regency(ntb, "52.03", "Kabupaten Lombok Timur"),
            Regency(ntb, "52.71", "Kota Mataram"),
        };

        // Jember's real shape (a branch and two pioneer offices), two branches in Surabaya, and one branch elsewhere.
        var since = new Month(2014, 1);
        var jemberBranch = new Branch { Code = JemberBranchCode, Name = "Kantor Cabang Jember", Town = "Jember", Region = jatim, Regency = jember };
        db.AddRange(
            new OfficeRegencyAssignment { Office = jemberBranch, Regency = jember, ValidFrom = since },
            new OfficeRegencyAssignment { Office = new SubBranchOffice { Code = "KCP-LUMAJANG", Name = "Kantor Cabang Perintis Lumajang", Town = "Lumajang", Region = jatim, Regency = lumajang, Branch = jemberBranch }, Regency = lumajang, ValidFrom = since },
            new OfficeRegencyAssignment { Office = new SubBranchOffice { Code = "KCP-BONDOWOSO", Name = "Kantor Cabang Perintis Bondowoso", Town = "Bondowoso", Region = jatim, Regency = bondowoso, Branch = jemberBranch }, Regency = bondowoso, ValidFrom = since },
            new OfficeRegencyAssignment { Office = new Branch { Code = "KC-SURABAYA-1", Name = "Kantor Cabang Surabaya Rungkut", Town = "Surabaya", Region = jatim, Regency = surabaya }, Regency = surabaya, ValidFrom = since },
            new OfficeRegencyAssignment { Office = new Branch { Code = "KC-SURABAYA-2", Name = "Kantor Cabang Surabaya Darmo", Town = "Surabaya", Region = jatim, Regency = surabaya }, Regency = surabaya, ValidFrom = since });
        foreach (var regency in others)
        {
            var branch = new Branch { Code = "KC-" + regency.CompactCode, Name = "Kantor Cabang " + regency.Name, Town = regency.Name, Region = regency.Province!.Region!, Regency = regency };
            db.Add(new OfficeRegencyAssignment { Office = branch, Regency = regency, ValidFrom = since });
        }

        db.AddRange(
            new ParticipantCategory { Code = ParticipantCategoryCode.PU, Name = "Wage earners", IndonesianName = "Penerima Upah" },
            new ParticipantCategory { Code = ParticipantCategoryCode.BPU, Name = "Non-wage earners", IndonesianName = "Bukan Penerima Upah" },
            new ParticipantCategory { Code = ParticipantCategoryCode.JAKON, Name = "Construction workers", IndonesianName = "Jasa Konstruksi" },
            new ParticipantCategory { Code = ParticipantCategoryCode.PMI, Name = "Migrant workers", IndonesianName = "Pekerja Migran Indonesia" });
        foreach (var (code, english, indonesian) in new[]
        {
            ("TRADER", "Trader", "Pedagang"), ("STREET_VENDOR", "Street vendor", "Pedagang kaki lima"), ("FARMER", "Farmer", "Petani"),
            ("FISHER", "Fisher", "Nelayan"), ("CRAFTSMAN", "Craftsman", "Perajin"), ("OJEK_DRIVER", "Ojek driver", "Pengemudi ojek"),
            ("DAILY_WORKER", "Daily worker", "Pekerja harian"), ("HOME_INDUSTRY", "Home industry", "Industri rumahan"),
            ("DOMESTIC_WORKER", "Domestic worker", "Pekerja rumah tangga"),
        })
        {
            db.Add(new Occupation { Code = code, Name = english, IndonesianName = indonesian });
        }

        await db.SaveChangesAsync();
        return settings;
    }
}
