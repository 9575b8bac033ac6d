namespace BpjsTk.Data.Ingestion;

/// <summary>The field names of a coverage figure as inputs, CSV headers and error paths spell them.</summary>
public static class CoverageFigureFields
{
    public const string OfficeCode = "officeCode";
    public const string RegionCode = "regionCode";
    public const string ProvinceCode = "provinceCode";
    public const string RegencyCode = "regencyCode";
    public const string Period = "period";
    public const string Category = "category";
    public const string OccupationCode = "occupationCode";
    public const string Program = "program";
    public const string PartnerProgramCode = "partnerProgramCode";
    public const string SourceCode = "sourceCode";
    public const string ActiveParticipants = "activeParticipants";
    public const string NewParticipants = "newParticipants";
    public const string ActiveEmployers = "activeEmployers";
    public const string WadahCount = "wadahCount";
    public const string Contributions = "contributions";
    public const string CoverageRatePercent = "coverageRatePercent";
    public const string IsApproximate = "isApproximate";
    public const string Note = "note";
}
