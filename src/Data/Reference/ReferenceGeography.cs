using System.Globalization;
using CsvHelper;

namespace BpjsTk.Data.Reference;

/// <summary>
/// Provinces and regencies with their Kemendagri codes, from npm <c>idn-area-data@4.0.1</c>
/// (data under the Open Database License 1.0; see Reference/README.md).
/// </summary>
public static class ReferenceGeography
{
    private static readonly Lazy<IReadOnlyList<ProvinceRow>> LazyProvinces = new(() =>
        Read("provinces.csv", csv => new ProvinceRow(csv.GetField("code")!, csv.GetField("name")!))
            .OrderBy(row => row.Code, StringComparer.Ordinal).ToArray());

    private static readonly Lazy<IReadOnlyList<RegencyRow>> LazyRegencies = new(() =>
        Read("regencies.csv", csv => new RegencyRow(csv.GetField("code")!, csv.GetField("province_code")!, csv.GetField("name")!))
            .OrderBy(row => row.Code, StringComparer.Ordinal).ToArray());

    /// <summary>The 38 provinces, in code order.</summary>
    public static IReadOnlyList<ProvinceRow> Provinces => LazyProvinces.Value;

    /// <summary>The 514 regencies (416 kabupaten, 98 kota), in code order.</summary>
    public static IReadOnlyList<RegencyRow> Regencies => LazyRegencies.Value;

    private static List<T> Read<T>(string file, Func<CsvReader, T> map)
    {
        var name = "BpjsTk.Data.Reference." + file;
        using var stream = typeof(ReferenceGeography).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }
        return rows;
    }
}
