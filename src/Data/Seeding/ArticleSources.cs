using BpjsTk.Data.Provenance;

namespace BpjsTk.Data.Seeding;

/// <summary>The news articles the published figures come from (DOMAIN.md, "Figures published in the source articles").</summary>
public static class ArticleSources
{
    public const string AntaraJatim2016 = "ANTARA-JATIM-2016-JEMBER";
    public const string AntaraJatim2017 = "ANTARA-JATIM-2017-JEMBER";
    public const string Bisnis2014 = "BISNIS-2014-KALIMANTAN";
    public const string JogloJateng2024 = "JOGLO-JATENG-2024-REMBANG";
    public const string Antara2020 = "ANTARA-2020-SUMSEL";

    public static IReadOnlyList<Source> All() =>
    [
        Article(AntaraJatim2016, "Antara Jatim", "BPJS Ketenagakerjaan Jember: informal-sector membership, KUR tie-in and Perbup No. 2/2014", 2016),
        Article(AntaraJatim2017, "Antara Jatim", "BPJS Ketenagakerjaan Jember: active workers and employers, targets and union outreach", 2017),
        Article(Bisnis2014, "Bisnis.com", "BPJS Ketenagakerjaan Kalimantan: informal participants in wadah, incentives and service points", 2014, new DateOnly(2014, 4, 11)),
        Article(JogloJateng2024, "Joglo Jateng", "BPJS Ketenagakerjaan Rembang: formal coverage and informal outreach", 2024),
        Article(Antara2020, "Antara", "BPJS Ketenagakerjaan Sumbagsel: BPU participants against the BPU potential in Sumatera Selatan", 2020, new DateOnly(2020, 1, 9)),
    ];

    private static Source Article(string code, string publisher, string title, int year, DateOnly? publishedOn = null) =>
        new()
        {
            Code = code,
            Kind = SourceKind.NewsArticle,
            Publisher = publisher,
            Title = title,
            PublishedYear = year,
            PublishedOn = publishedOn,
        };
}
