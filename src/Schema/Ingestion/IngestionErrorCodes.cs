namespace BpjsTk.Schema.Ingestion;

/// <summary>The codes of <see cref="ValidationError"/>s that loading data answers with.</summary>
public static class IngestionErrorCodes
{
    public const string Required = "INGEST_REQUIRED";

    public const string TooLong = "INGEST_TOO_LONG";

    public const string UnknownCode = "INGEST_UNKNOWN_CODE";

    public const string PeriodInvalid = "INGEST_PERIOD_INVALID";

    public const string PeriodInFuture = "INGEST_PERIOD_IN_FUTURE";

    public const string PeriodOrder = "INGEST_PERIOD_ORDER";

    public const string Negative = "INGEST_NEGATIVE";

    public const string OutOfRange = "INGEST_OUT_OF_RANGE";

    public const string FormatInvalid = "INGEST_FORMAT_INVALID";

    public const string OneAreaRequired = "INGEST_ONE_AREA_REQUIRED";

    public const string DuplicateKey = "INGEST_DUPLICATE_KEY";
}
