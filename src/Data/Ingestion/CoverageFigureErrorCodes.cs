namespace BpjsTk.Data.Ingestion;

/// <summary>The codes of a refused coverage figure, as GraphQL errors and rejected CSV rows carry them.</summary>
public static class CoverageFigureErrorCodes
{
    public const string UnknownCode = "INGEST_UNKNOWN_CODE";
    public const string PeriodInvalid = "INGEST_PERIOD_INVALID";
    public const string PeriodInFuture = "INGEST_PERIOD_IN_FUTURE";
    public const string Negative = "INGEST_NEGATIVE";
    public const string NewExceedsActive = "INGEST_NEW_EXCEEDS_ACTIVE";
    public const string PartsExceedTotal = "INGEST_PARTS_EXCEED_TOTAL";
    public const string PartsDifferFromTotal = "INGEST_PARTS_DIFFER_FROM_TOTAL";
    public const string DuplicateKey = "INGEST_DUPLICATE_KEY";
    public const string NoMeasure = "INGEST_NO_MEASURE";
    public const string Required = "INGEST_REQUIRED";
    public const string TooLong = "INGEST_TOO_LONG";
    public const string NotANumber = "INGEST_NOT_A_NUMBER";
    public const string OutOfRange = "INGEST_OUT_OF_RANGE";
}
