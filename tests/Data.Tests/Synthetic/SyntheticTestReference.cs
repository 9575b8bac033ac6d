using BpjsTk.Data.Geography;
using BpjsTk.Data.Offices;
using BpjsTk.Data.Periods;
using BpjsTk.Data.Programs;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Tests.Synthetic;

/// <summary>A migrated database with a slice of the real reference data: three provinces, twelve regencies, one existing branch.</summary>
internal static class SyntheticTestReference
{
    public const string ExistingBranchCode = "KC-JEMBER";

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
        db.AddRange(
            jember,
            Regency(east, "35.07", "Kabupaten Malang"),
            Regency(east, "35.08", "Kabupaten Lumajang"),
            Regency(east, "35.11", "Kabupaten Bondowoso"),
            Regency(east, "35.73", "Kota Malang"),
            Regency(east, "35.78", "Kota Surabaya"),
            Regency(jakarta, "31.71", "Kota Administrasi Jakarta Pusat"),
            Regency(jakarta, "31.74", "Kota Administrasi Jakarta Selatan"),
            Regency(jakarta, "31.01", "Kabupaten Administrasi Kepulauan Seribu"),
            Regency(ntb, "52.01", "Kabupaten Lombok Barat"),
            Regency(ntb, "52.03", "Kabupaten Lombok Timur"),
            Regency(ntb, "52.71", "Kota Mataram"));
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

        var branch = new Branch { Code = ExistingBranchCode, Name = "Kantor Cabang Jember", Town = "Jember", Region = jatim, Regency = jember };
        db.Add(new OfficeRegencyAssignment { Office = branch, Regency = jember, ValidFrom = new Month(2014, 1) });
        await db.SaveChangesAsync();
        return settings;
    }
}
