namespace BpjsTk.Data.Synthetic;

/// <summary>Word lists for synthetic employer names and industries (KBLI sections with a JKK risk class typical of each).</summary>
internal static class EmployerNaming
{
    public static readonly string[] Words =
    [
        "Maju", "Jaya", "Sejahtera", "Abadi", "Makmur", "Sentosa", "Karya", "Mandiri", "Bersama", "Sumber",
        "Rezeki", "Agung", "Mulia", "Indah", "Lestari", "Perkasa", "Utama", "Nusantara", "Cahaya", "Berkah",
        "Sinar", "Harapan", "Mitra", "Tunas", "Bumi", "Sakti", "Gemilang", "Prima", "Samudra", "Andalas",
    ];

    public static readonly (string Industry, double Weight, int RiskClass)[] Industries =
    [
        ("G Perdagangan", 35, 1),
        ("C Industri Pengolahan", 15, 3),
        ("I Akomodasi dan Makan Minum", 10, 2),
        ("F Konstruksi", 8, 5),
        ("S Jasa Lainnya", 8, 1),
        ("A Pertanian, Kehutanan dan Perikanan", 7, 3),
        ("H Transportasi dan Pergudangan", 5, 4),
        ("P Pendidikan", 4, 1),
        ("K Jasa Keuangan dan Asuransi", 3, 1),
        ("Q Kesehatan", 3, 2),
        ("J Informasi dan Komunikasi", 2, 1),
    ];

    public static readonly double[] IndustryWeights = [.. Industries.Select(i => i.Weight)];
}
