namespace BpjsTk.Api.TrustedDocuments;

/// <summary>How the endpoint treats persisted (trusted) documents and documents sent as text.</summary>
public enum TrustedDocumentMode
{
    /// <summary>Documents are sent as text only; a request naming a persisted document is refused (<c>PERSISTED_QUERY_NOT_SUPPORTED</c>).</summary>
    Off,

    /// <summary>Persisted documents by id and arbitrary document text are both accepted.</summary>
    Allow,

    /// <summary>Only persisted documents run, by id or as their exact text; anything else is <c>PERSISTED_QUERY_NOT_ALLOWED</c>.</summary>
    Require,
}
