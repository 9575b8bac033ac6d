namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// The codes of <see cref="ValidationError"/>s of the reference-data mutations beyond those shared with coverage figures
/// (<see cref="Data.Ingestion.CoverageFigureErrorCodes"/>: required, too long, unknown code, period invalid or in the future, negative, out of range, duplicate key).
/// </summary>
public static class IngestionErrorCodes
{
    public const string FormatInvalid = "INGEST_FORMAT_INVALID";

    public const string OneAreaRequired = "INGEST_ONE_AREA_REQUIRED";

    public const string PeriodOrder = "INGEST_PERIOD_ORDER";
}
