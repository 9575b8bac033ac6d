using System.Globalization;
using BpjsTk.Data;
using BpjsTk.Data.Provenance;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Benchmarks.Import;

/// <summary>
/// Writes a CSV of coverage figures for the <c>import</c> verb to load: months from 2015-01 by office, regency, occupation
/// (and none) and the four categories, in slice order as a branch's export is, citing codes of the seeded database.
/// </summary>
internal static class ImportFileGenerator
{
    public const string Usage = "import-file --provider sqlite|postgres --connection <connection string> --out <file.csv> [--rows N]";

    public const string SourceCode = "BENCH-IMPORT";

    private const string Header = "officeCode,regencyCode,occupationCode,period,category,sourceCode,activeParticipants,newParticipants,activeEmployers,contributions";

    private static readonly string[] Categories = ["PU", "BPU", "JAKON", "PMI"];

    private static readonly byte[] NikKey = "benchmark NIK hashing key, 32 b!"u8.ToArray();

    public static async Task<int> RunAsync(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        DatabaseProvider? provider = Value("--provider") switch { "sqlite" => DatabaseProvider.Sqlite, "postgres" => DatabaseProvider.Postgres, _ => null };
        if (provider is null || Value("--connection") is not { } connection || Value("--out") is not { } output)
        {
            Console.Error.WriteLine("Usage: " + Usage);
            return 2;
        }

        var rows = long.Parse(Value("--rows") ?? "1000000", CultureInfo.InvariantCulture);
        await using var db = new DatabaseSettings(provider.Value, connection).CreateContext();
        await DatabaseInitializer.InitializeAsync(db, NikKey, CancellationToken.None);
        if (!await db.Sources.AnyAsync(s => s.Code == SourceCode))
        {
            db.Sources.Add(new Source { Code = SourceCode, Kind = SourceKind.Import, Publisher = "Benchmark", Title = "Generated monthly exports", PublishedYear = 2025 });
            await db.SaveChangesAsync();
        }

        var offices = await db.Offices.OrderBy(o => o.Code).Select(o => o.Code).ToListAsync();
        var regencies = await db.Regencies.OrderBy(r => r.Code).Select(r => r.Code).ToListAsync();
        List<string> occupations = ["", .. await db.Occupations.OrderBy(o => o.Code).Select(o => o.Code).ToListAsync()];
        await using var writer = new StreamWriter(output);
        await writer.WriteLineAsync(Header);
        long written = 0;
        var random = new Random(42);
        foreach (var (office, regency, occupation) in
            from office in offices from regency in regencies from occupation in occupations select (office, regency, occupation))
        {
            for (var month = 0; month < 120; month++)
            {
                var period = string.Create(CultureInfo.InvariantCulture, $"{2015 + (month / 12)}-{(month % 12) + 1:D2}");
                foreach (var category in Categories)
                {
                    if (written++ == rows)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows written to {output}"));
                        return 0;
                    }

                    var active = random.Next(0, 50_000);
                    var employers = category == "PU" ? (random.Next(0, 500)).ToString(CultureInfo.InvariantCulture) : string.Empty;
                    await writer.WriteLineAsync(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{office},{regency},{occupation},{period},{category},{SourceCode},{active},{active / 20},{employers},{active * 36_000m}"));
                }
            }
        }

        Console.Error.WriteLine($"Only {written:N0} distinct figures can be made from the seeded codes.");
        return 1;
    }
}
