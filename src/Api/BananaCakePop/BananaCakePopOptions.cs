namespace BpjsTk.Api.BananaCakePop;

/// <summary>Where Banana Cake Pop's files are and what it opens with; bound from the <c>BananaCakePop</c> configuration section.</summary>
internal sealed class BananaCakePopOptions
{
    public const string SectionName = "BananaCakePop";

    /// <summary>The npm package whose files are served; installed by the Api project's build (<c>npm ci</c>).</summary>
    public const string PackageName = "@chillicream/bananacakepop-graphql-ide";

    /// <summary>
    /// The document a first-time visitor sees: coverage by region against the potential workforce.
    /// The schema module owns this text and changes it when field names settle.
    /// </summary>
    public const string DefaultDocument =
        """
        # Coverage by region (Kantor Wilayah) in 2020: active participants against the workforce
        # that could be covered, with the publication behind each figure.
        query CoverageByRegion {
          coverage(groupBy: [REGION, PERIOD], where: { from: "2020", to: "2020" }) {
            totalCount
            items {
              region { code name }
              period
              activeParticipants
              potentialWorkforce
              coverageRate
              sources { publisher title }
            }
          }
        }
        """;

    /// <summary>Serve the IDE at <c>/graphql/</c> to browsers. Null: on in Development only.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The folder holding the package's <c>index.html</c>; by default the repository's <c>node_modules</c> copy.</summary>
    public string? AssetsPath { get; set; }

    /// <summary>The title Banana Cake Pop shows.</summary>
    public string Title { get; set; } = "BpjsTk";

    /// <summary>The document opened in the first tab.</summary>
    public string Document { get; set; } = DefaultDocument;
}
